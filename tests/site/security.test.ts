/**
 * The strict Content-Security-Policy holds where readers are: pages load, islands hydrate and
 * search runs (WebAssembly included) with no CSP violation. Static hosts get the same policy and
 * hardening headers in _headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/site';
import { builtPages, DIST } from '../helpers/dist';

const site = builtSiteInChromium();

describe('the Content-Security-Policy', () => {
  it('is on every page, without unsafe-inline for scripts', () => {
    for (const page of builtPages()) {
      const csp = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, page.path).toContain("'self'");
      expect(scriptSrc, page.path).not.toContain('unsafe-inline');
      expect(scriptSrc, page.path).not.toMatch(/'unsafe-eval'/);
      expect(csp, page.path).toContain("default-src 'self'");
    }
  });

  it.each([
    ['the home page', '/', null],
    ['an article', '/general/fake-customer-service/', null],
    ['a troubleshooter', '/troubleshoot/scam-check/?scam-check=what-said', '[data-troubleshooter][data-interactive]'],
    ['a search with results', '/search/?q=%E5%AF%86%E7%A0%81', 'a[data-result]'],
  ])('is not violated on %s', async (_, path, ready) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      await page.goto(`${site.url}${path}`);
      if (ready) await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('what the policy blocks if markup ever got into a page', () => {
  // Each directive is proven by what it stops in Chromium, not by reading the policy text: a page
  // fragment that slipped past the content gate could embed a plugin, re-point every relative link,
  // post a form off the site, or load and send data elsewhere. (127.0.0.2 is never contacted: the
  // policy refuses before any request.)
  it.each([
    ['object-src', `const o = document.createElement('object'); o.data = '/favicon.svg'; o.type = 'image/svg+xml'; document.body.append(o);`],
    ['base-uri', `const b = document.createElement('base'); b.href = 'http://127.0.0.2/'; document.head.append(b);`],
    ['form-action', `const f = document.createElement('form'); f.action = 'http://127.0.0.2/'; f.method = 'post'; document.body.append(f); f.submit();`],
    ['img-src', `const i = new Image(); i.src = 'http://127.0.0.2/x.png'; document.body.append(i);`],
    ['connect-src', `fetch('http://127.0.0.2/').catch(() => {});`],
  ])('refuses %s to anything off the site (or, for plugins, anything at all)', async (directive, script) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/`);
      const violated = await page.evaluate(async (code) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        // eslint-disable-next-line no-new-func
        new Function(code)();
        await new Promise((r) => setTimeout(r, 300));
        return seen;
      }, script).catch((e: Error) => [`evaluate failed: ${e.message}`]);
      expect(violated).toContain(directive);
    } finally {
      await context.close();
    }
  });
});

describe('_headers for static hosts', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  it('sets the hardening headers for every path', () => {
    expect(headers).toMatch(/^\/\*$/m);
    for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(h);
  });
  it('carries the same policy as the pages, with frame-ancestors', () => {
    const meta = builtPages()[0]!.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    const firstDirective = meta.split(';')[0]!;
    expect(headers).toMatch(new RegExp(`Content-Security-Policy: ${firstDirective}.*frame-ancestors 'none'`));
  });
});
