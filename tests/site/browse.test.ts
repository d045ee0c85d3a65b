/**
 * A reader in real Chromium on a phone-sized screen: home → wallet hub → article, with no console
 * errors and no request to any host but the local server.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { articleUrl } from '../../src/lib/routes';

const site = builtSiteInChromium();

/** A phone-sized page that records console errors and every request that leaves the server. */
async function phonePage() {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(site.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  return { page, problems, close: () => context.close() };
}

describe('browsing on a phone', () => {
  it('goes from the home page to a wallet hub to an article', async () => {
    const { page, problems, close } = await phonePage();
    try {
      await page.goto(`${site.url}/`);
      const postal = realContent().wallets.find((w) => w.id === 'postal')!;
      await page.getByRole('link', { name: postal.name, exact: true }).click();
      await page.waitForURL(/\/postal\/$/);
      expect(await page.locator('h1').textContent()).toContain(postal.name);

      const articleLink = page.locator('main [data-article-list] a').first();
      const title = (await articleLink.textContent())!.trim();
      await articleLink.click();
      await page.waitForURL(/\/postal\/[a-z0-9-]+\/$/);
      expect((await page.locator('h1').textContent())!.trim()).toBe(title);
      await expect.poll(() => page.locator('nav[aria-label="面包屑"] a[href="/postal/"]').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the short answer of every article above the fold', async () => {
    const articles = realContent().articles.filter((a) => !a.data.draft);
    const { page, problems, close } = await phonePage();
    const below: string[] = [];
    try {
      for (const article of articles) {
        await page.goto(`${site.url}${articleUrl(article.id)}`);
        const box = await page.locator('.article-body > p').first().boundingBox();
        if (!box || box.y + box.height > 740) below.push(`${article.id} (answer ends at ${box ? Math.round(box.y + box.height) : '?'} px)`);
      }
      expect(below, 'the first paragraph must end within the first 740 px of a 390 px-wide phone').toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
