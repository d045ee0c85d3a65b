/**
 * The reader's display switch (in the footer of every page) in real Chromium, under the CSP the
 * static host sends: 深色 / 浅色 / 跟随系统 and 「大字」 are remembered and applied before the page is
 * first painted (the inline script in Base.astro, allowed by its hash); without JavaScript the switch
 * is hidden and the system scheme applies. And paper: what a printed page shows and hides.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { builtPages } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { formatDate, SITE_NAME } from '../../src/lib/site';

const site = builtSiteInChromium();
/** Has the fraud warning, callouts, numbered steps and an embedded troubleshooter. */
const ARTICLE_ID = 'general/fake-customer-service';
const ARTICLE = `/${ARTICLE_ID}/`;
const TREE = '/troubleshoot/scam-check/';

interface Opened { page: Page; problems: string[]; close: () => Promise<void> }

/**
 * A page that reports every console error and CSP violation, and records (in window.__beforeBody)
 * the display attributes <html> carried when <body> was created: set by then, they were set before
 * anything could be painted.
 */
async function open(options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light', ...options });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      const html = document.documentElement;
      (window as unknown as { __beforeBody: unknown }).__beforeBody = { theme: html.getAttribute('data-theme'), text: html.getAttribute('data-text') };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems, close: () => context.close() };
}

const beforeBody = (page: Page) => page.evaluate(() => (window as unknown as { __beforeBody: { theme: string | null; text: string | null } }).__beforeBody);

/** Brightness 0–255 of a computed colour (Tailwind's oklch included), through a canvas pixel. */
async function brightness(target: Locator, property: 'backgroundColor' | 'color', pseudo?: string): Promise<number> {
  return target.evaluate((el, [prop, pseudoElt]) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = getComputedStyle(el, pseudoElt)[prop as 'color'];
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return (r! + g! + b!) / 3;
  }, [property, pseudo ?? null] as const);
}

/** WCAG contrast ratio between two computed colours of elements (or their pseudo-elements). */
async function contrast(a: Locator, aProp: 'backgroundColor' | 'color', aPseudo: string | null, b: Locator, bProp: 'backgroundColor' | 'color', bPseudo: string | null): Promise<number> {
  const luminance = (target: Locator, prop: string, pseudo: string | null) => target.evaluate((el, [p, ps]) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = getComputedStyle(el, ps)[p as 'color'];
    ctx.fillRect(0, 0, 1, 1);
    const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    const [r, g, bl] = ctx.getImageData(0, 0, 1, 1).data;
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  }, [prop, pseudo] as const);
  const [la, lb] = [await luminance(a, aProp, aPseudo), await luminance(b, bProp, bPseudo)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const pageBackground = (page: Page) => brightness(page.locator('body'), 'backgroundColor');

/** The theme-color the browser applies: the first meta whose media query matches, as browsers do. */
const browserBarColour = (page: Page) => page.evaluate(() =>
  [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((m) => !m.media || matchMedia(m.media).matches)?.content);
const BUILT_HEAD = builtPages().find((p) => p.path === '/')!.doc;
const barFor = (scheme: string) => BUILT_HEAD.querySelector(`meta[name="theme-color"][media*="${scheme}"]`)!.getAttribute('content');
const LIGHT_BAR = barFor('light');
const DARK_BAR = barFor('dark');
const themeRadio = (page: Page, name: '跟随系统' | '浅色' | '深色') => page.locator('[data-display-settings]').getByRole('radio', { name });
const largeText = (page: Page) => page.locator('[data-display-settings]').getByRole('button', { name: '大字' });

/** Sum of layout shifts since the page started loading (no reader input in between). */
const layoutShift = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(0), 500);
}));

describe('the inline script that applies the settings before first paint', () => {
  it('is allowed by its hash in every page’s CSP (no unsafe-inline)', () => {
    for (const page of builtPages()) {
      const inline = page.doc.querySelectorAll('head script:not([src]):not([type])').map((s) => s.textContent).find((s) => s.includes('display-theme'));
      expect(inline, `${page.path}: no pre-paint script in <head>`).toBeTruthy();
      const csp = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, page.path).toContain(`'sha256-${createHash('sha256').update(inline!).digest('base64')}'`);
      expect(scriptSrc, page.path).not.toContain('unsafe-inline');
    }
  });
});

describe('colour scheme', () => {
  it('stays dark after 深色 is chosen: set before first paint on reload and on the next page, with no CSP violation', async () => {
    const { page, problems, close } = await open({ colorScheme: 'light' });
    try {
      await page.goto(`${site.url}${ARTICLE}`);
      expect(await pageBackground(page)).toBeGreaterThan(200);
      await expect.poll(() => themeRadio(page, '跟随系统').isChecked()).toBe(true);

      expect(await browserBarColour(page)).toBe(LIGHT_BAR);
      await themeRadio(page, '深色').check();
      expect(await pageBackground(page)).toBeLessThan(60);
      expect(await brightness(page.locator('main h1'), 'color')).toBeGreaterThan(200);
      // The phone's browser bar follows the choice, not the system.
      expect(await browserBarColour(page)).toBe(DARK_BAR);

      await page.reload();
      expect(await beforeBody(page), 'data-theme must be on <html> before <body> exists').toMatchObject({ theme: 'dark' });
      expect(await pageBackground(page)).toBeLessThan(60);
      expect(await themeRadio(page, '深色').isChecked()).toBe(true);
      expect(await layoutShift(page)).toBeLessThan(0.01);

      await page.goto(`${site.url}/`);
      expect(await beforeBody(page)).toMatchObject({ theme: 'dark' });
      expect(await pageBackground(page)).toBeLessThan(60);
      expect(await browserBarColour(page)).toBe(DARK_BAR);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows the system until the reader chooses; 浅色 then wins over a dark system, and 跟随系统 gives it back', async () => {
    const { page, problems, close } = await open({ colorScheme: 'dark' });
    try {
      await page.goto(`${site.url}${ARTICLE}`);
      expect(await pageBackground(page)).toBeLessThan(60);

      await themeRadio(page, '浅色').check();
      expect(await pageBackground(page)).toBeGreaterThan(200);
      await page.reload();
      expect(await beforeBody(page)).toMatchObject({ theme: 'light' });
      expect(await pageBackground(page)).toBeGreaterThan(200);
      expect(await brightness(page.locator('main h1'), 'color')).toBeLessThan(60);

      expect(await browserBarColour(page)).toBe(LIGHT_BAR);
      await themeRadio(page, '跟随系统').check();
      expect(await pageBackground(page)).toBeLessThan(60);
      expect(await browserBarColour(page)).toBe(DARK_BAR);
      await page.reload();
      expect(await beforeBody(page)).toMatchObject({ theme: null });
      expect(await pageBackground(page)).toBeLessThan(60);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the numbers of <Steps> readable and their circles visible in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open({ colorScheme });
      try {
        await page.goto(`${site.url}${ARTICLE}`);
        const step = page.locator('.steps ol > li').first();
        const digitOnCircle = await contrast(step, 'color', '::before', step, 'backgroundColor', '::before');
        const circleOnPage = await contrast(step, 'backgroundColor', '::before', page.locator('body'), 'backgroundColor', null);
        expect(digitOnCircle, `${colorScheme}: step number on its circle`).toBeGreaterThanOrEqual(4.5);
        expect(circleOnPage, `${colorScheme}: step circle against the page`).toBeGreaterThanOrEqual(3);
      } finally {
        await close();
      }
    }
  });

  it('without JavaScript: the switch is hidden (it could not work) and the system scheme applies', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems, close } = await open({ colorScheme, javaScriptEnabled: false });
      try {
        await page.goto(`${site.url}${ARTICLE}`);
        expect(await page.locator('[data-display-settings]').isVisible()).toBe(false);
        const bg = await pageBackground(page);
        if (colorScheme === 'dark') expect(bg).toBeLessThan(60);
        else expect(bg).toBeGreaterThan(200);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe('「大字」', () => {
  it('is remembered, makes body text larger, and no page scrolls sideways at 390 px', async () => {
    const { page, problems, close } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const fontSize = () => page.locator('.article-body > p').last().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    try {
      await page.goto(`${site.url}${ARTICLE}`);
      await expect.poll(() => largeText(page).getAttribute('aria-pressed')).toBe('false');
      const normal = await fontSize();

      await largeText(page).click();
      expect(await largeText(page).getAttribute('aria-pressed')).toBe('true');
      expect(await fontSize()).toBeGreaterThanOrEqual(normal * 1.2);

      await page.reload();
      expect(await beforeBody(page), 'data-text must be on <html> before <body> exists').toMatchObject({ text: 'large' });
      expect(await largeText(page).getAttribute('aria-pressed')).toBe('true');
      expect(await fontSize()).toBeGreaterThanOrEqual(normal * 1.2);
      expect(await layoutShift(page)).toBeLessThan(0.01);

      const wide: string[] = [];
      for (const { path } of builtPages().filter((p) => !p.path.startsWith('/editors/'))) {
        await page.goto(`${site.url}${path}`);
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll > client) wide.push(`${path} (${scroll} px)`);
      }
      expect(wide, 'pages wider than a 390 px phone with 大字 on').toEqual([]);
      expect(await beforeBody(page)).toMatchObject({ text: 'large' });

      await largeText(page).click();
      await page.reload();
      expect(await beforeBody(page)).toMatchObject({ text: null });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});

describe('printing', () => {
  const printed = (target: Locator) => target.evaluate((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);

  it('hides the controls and puts the site name, the full address and the review date on paper', async () => {
    const article = realContent().articles.find((a) => a.id === ARTICLE_ID)!;
    const { page, problems, close } = await open({ viewport: { width: 800, height: 1000 }, colorScheme: 'dark' });
    try {
      await page.goto(`${site.url}${ARTICLE}`);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const header = page.locator('[data-print-header]');
      expect(await header.isVisible(), 'the print header is for paper only').toBe(false);

      await page.emulateMedia({ media: 'print' });
      expect(await header.isVisible()).toBe(true);
      const text = (await header.innerText()).replace(/\s+/g, '');
      expect(text).toContain(SITE_NAME);
      expect(text).toContain(canonical);
      expect(text).toContain(formatDate(article.data.reviewed));

      for (const control of ['form[role="search"]', '[data-display-settings]', '[data-troubleshooter] [data-option]']) {
        expect(await printed(page.locator(control).first()), control).toBe(false);
      }
      // The first question of the embedded troubleshooter is on paper, and says where to answer it.
      expect(await printed(page.locator('[data-troubleshooter] [data-question] h3'))).toBe(true);
      const carryOn = await page.locator('[data-troubleshooter] [data-question]').evaluate((el) => getComputedStyle(el, '::after').content);
      expect(carryOn).toContain('本页网址');

      // Boxes stay whole; dark mode does not reach paper.
      expect(await page.locator('[data-fraud-warning]').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
      expect(await page.locator('[data-callout]').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
      expect(await pageBackground(page)).toBeGreaterThan(200);
      expect(await brightness(page.locator('[data-fraud-warning] p').first(), 'color')).toBeLessThan(100);

      // Internal links print their full address.
      const link = page.locator('[data-fraud-warning] a[href^="/"]').first();
      const href = (await link.getAttribute('href'))!;
      const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain(new URL(href, canonical).href);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints a troubleshooter as the answers so far and the outcome, without its buttons', async () => {
    const { page, problems, close } = await open({ viewport: { width: 800, height: 1000 } });
    try {
      await page.goto(`${site.url}${TREE}`);
      await page.locator('[data-troubleshooter][data-interactive]').waitFor();
      while (await page.locator('[data-outcome]').count() === 0) await page.locator('[data-option]').first().click();
      const answers = await page.locator('[data-troubleshooter] nav li').count();
      expect(answers).toBeGreaterThan(0);

      await page.emulateMedia({ media: 'print' });
      expect(await printed(page.locator('[data-troubleshooter] nav li').first())).toBe(true);
      expect(await page.locator('[data-troubleshooter] nav li').first().innerText()).toMatch(/\S/);
      expect(await printed(page.locator('[data-outcome]'))).toBe(true);
      for (const control of ['[data-troubleshooter] nav a', '[data-back]', '[data-restart]', '[data-copy-report]']) {
        const target = page.locator(control).first();
        if (await target.count()) expect(await printed(target), control).toBe(false);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints the number check as its list of verified numbers, without the form', async () => {
    const { page, close } = await open({ viewport: { width: 800, height: 1000 } });
    try {
      await page.goto(`${site.url}/check/`);
      await page.emulateMedia({ media: 'print' });
      expect(await printed(page.locator('[data-number-check-form]'))).toBe(false);
      expect(await printed(page.locator('[data-number-check-static]'))).toBe(true);
    } finally {
      await close();
    }
  });
});
