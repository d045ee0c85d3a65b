/**
 * Quality gates over the built site in real Chromium: accessibility of every page type in light
 * and dark, a keyboard-only walk, internal links that resolve, external links that are allowed
 * and safe, no request leaving the site, and pages that work with JavaScript turned off.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { seriousViolations } from '../helpers/axe';
import { builtPages, DIST } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { SAFE_ROUTE_ARTICLE_ID, troubleshooterUrl } from '../../src/lib/routes';

const site = builtSiteInChromium();

const pages = builtPages();
const firstArticle = pages.find((p) => p.doc.querySelector('[data-article]'))!.path;

const PAGE_TYPES: Array<[string, string, string | null]> = [
  ['home', '/', null],
  ['wallet hub', '/postal/', null],
  ['topic hub', '/topics/anti-fraud/', null],
  ['article', firstArticle, null],
  ['troubleshooter mid-way', '/troubleshoot/scam-check/?scam-check=what-said', '[data-troubleshooter][data-interactive]'],
  ['search with results', '/search/?q=%E5%AF%86%E7%A0%81', 'a[data-result]'],
  ['number check', '/check/', null],
  ['404', '/no-such-page/', null],
];

async function withPage<T>(options: BrowserContextOptions, fn: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (colorScheme) => {
  it.each(PAGE_TYPES)('%s has no serious or critical violation', async (_, path, ready) => {
    const found = await withPage({ colorScheme, bypassCSP: true }, async (page) => {
      await page.goto(`${site.url}${path}`);
      if (ready) await page.locator(ready).first().waitFor();
      return seriousViolations(page);
    });
    expect(found).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('reaches the skip link first, then the header search, and walks a troubleshooter to its outcome', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${site.url}/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');

      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('密码');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.locator('a[data-result]').first().waitFor();

      await page.goto(`${site.url}/troubleshoot/scam-check/`);
      await page.locator('[data-troubleshooter][data-interactive]').waitFor();
      // Tab to the first answer and press Enter, three times: focus always lands on the new question.
      for (const label of ['对方主动联系我', '要给我退款、理赔或返钱', '还没有']) {
        const option = page.locator('[data-option]', { hasText: label });
        for (let i = 0; i < 40 && !(await option.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      await page.locator('[data-outcome="fraud-alert"]').waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    });
  });
});

describe('links', () => {
  const model = realContent();
  const registryUrls = new Set(model.contacts.flatMap((c) => [c.source, c.kind === 'website' ? c.value : '']).filter(Boolean));

  it('every internal href and src resolves to a built file or anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('[href], [src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:|tel:|mailto:|data:)/.test(ref) || el.tagName === 'LINK' && /canonical/.test(el.getAttribute('rel') ?? '')) continue;
        const url = new URL(ref, `http://x${page.path}`);
        const file = join(DIST, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
        if (!existsSync(file)) broken.push(`${page.path} → ${ref}`);
        else if (url.hash && url.pathname === new URL(`http://x${page.path}`).pathname) {
          if (!page.doc.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) broken.push(`${page.path} → ${ref} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links come from the contacts registry and open safely', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const a of page.doc.querySelectorAll('a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        if (!registryUrls.has(href)) problems.push(`${page.path}: ${href} is not in content/contacts.yaml`);
        if (!/noopener/.test(a.getAttribute('rel') ?? '') || !/noreferrer/.test(a.getAttribute('rel') ?? '')) problems.push(`${page.path}: ${href} lacks rel="noopener noreferrer"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no page makes a request to another host', async () => {
    const outside: string[] = [];
    await withPage({}, async (page) => {
      const origin = new URL(site.url).origin;
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
        outside.push(`${page.url()} → ${url}`);
        return route.abort();
      });
      for (const [, path, ready] of PAGE_TYPES) {
        await page.goto(`${site.url}${path}`);
        if (ready) await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
      }
    });
    expect(outside).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('home, hubs and articles are complete and navigable', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}/`);
      await page.getByRole('link', { name: realContent().wallets.find((w) => w.id === 'pboc')!.name, exact: true }).click();
      await page.waitForURL(/\/pboc\/$/);
      await page.locator('main [data-article-list] a').first().click();
      await page.waitForURL(/\/pboc\/[a-z0-9-]+\/$/);
      expect(await page.locator('.article-body p').first().textContent()).not.toBe('');
      await page.locator('nav[aria-label="面包屑"] a', { hasText: '首页' }).click();
      await page.getByRole('link', { name: '防骗' }).first().click();
      await page.waitForURL(/\/topics\/anti-fraud\/$/);
      expect(await page.locator('h1').textContent()).toBe('防骗');
    });
  });

  it('the header search still reaches the search page, which explains itself', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}/`);
      await page.fill('#site-search', '密码');
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=/);
      // The typed question survives in the address, and the page says so instead of searching.
      expect(new URL(page.url()).searchParams.get('q')).toBe('密码');
      const fallback = page.locator('[data-search-noscript]');
      expect(await fallback.isVisible()).toBe(true);
      expect(await fallback.textContent()).toContain('地址栏');
      // Every troubleshooter, the safe route to an official channel, and the wallet hubs.
      const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const { tree } of realContent().troubleshooters) expect(links).toContain(troubleshooterUrl(tree.id));
      expect(links).toContain(`/${SAFE_ROUTE_ARTICLE_ID}/`);
      expect(await page.locator('nav[aria-label="按钱包浏览"] a').count()).toBeGreaterThan(3);
    });
  });
});
