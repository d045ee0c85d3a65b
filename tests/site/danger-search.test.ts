/**
 * A frightened reader searches: the emergency box (110, 96110, the first-hour page, the scam-check
 * troubleshooter) shows above the results, before any index fetch, and never for an ordinary money
 * question. Measured in Chromium on the built site with tests/search/danger-queries.yaml, written
 * by someone who had not seen content/danger-signs.yaml: every danger question fires, at most 5 %
 * of the ordinary ones do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { contactHref } from '../../src/lib/contacts';
import { EMERGENCY_CONTACT_IDS, JUST_SCAMMED_ARTICLE_ID, articleUrl } from '../../src/lib/routes';

const site = builtSiteInChromium();
const model = realContent();
type DangerSet = { danger: string[]; ordinary: string[] };
const readSet = (name: string) => parse(readFileSync(join(process.cwd(), 'tests', 'search', name), 'utf8')) as DangerSet;
const set = readSet('danger-queries.yaml');
const fresh = readSet('danger-queries-fresh.yaml');

let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${site.url}/search/`);
  await page.locator('[data-search-page][data-ready]').waitFor({ state: 'attached' });
});
afterAll(async () => page?.close());

/** Types the question as a reader would and reports whether the box is shown once the search has settled. */
async function fires(query: string): Promise<boolean> {
  await page.fill('#search-page-input', query);
  await page.press('#search-page-input', 'Enter');
  await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && document.querySelector('[data-search-status]')?.textContent !== '');
  return page.locator('[data-search-danger]').isVisible();
}

describe('the danger box', () => {
  it('holds the set this test measures (40 or more of each kind)', () => {
    expect(set.danger.length).toBeGreaterThanOrEqual(40);
    expect(set.ordinary.length).toBeGreaterThanOrEqual(40);
  });

  it('fires for every question of someone being scammed', async () => {
    const missed: string[] = [];
    for (const q of set.danger) if (!(await fires(q))) missed.push(q);
    console.log(`danger box: ${set.danger.length - missed.length}/${set.danger.length} danger questions fire`);
    expect(missed).toEqual([]);
  }, 120_000);

  it('fires for at most 5 % of ordinary money questions', async () => {
    const fired: string[] = [];
    for (const q of set.ordinary) if (await fires(q)) fired.push(q);
    console.log(`danger box: ${fired.length}/${set.ordinary.length} ordinary questions fire: ${fired.join(' / ')}`);
    expect(fired.length / set.ordinary.length).toBeLessThanOrEqual(0.05);
  }, 120_000);

  it('on a second set the vocabulary was never tuned on, fires for 80 % or more and for at most 5 % of ordinary questions', async () => {
    let fired = 0;
    let ordinaryFired = 0;
    for (const q of fresh.danger) if (await fires(q)) fired++;
    for (const q of fresh.ordinary) if (await fires(q)) ordinaryFired++;
    console.log(`danger box, fresh set: ${fired}/${fresh.danger.length} danger, ${ordinaryFired}/${fresh.ordinary.length} ordinary`);
    expect(fired / fresh.danger.length).toBeGreaterThanOrEqual(0.8);
    expect(ordinaryFired / fresh.ordinary.length).toBeLessThanOrEqual(0.05);
  }, 120_000);

  it('shows tap-to-call 110 and 96110 on the first screen, the first-hour page, and never the empty state', async () => {
    expect(await fires('刷单被骗了')).toBe(true);
    for (const id of EMERGENCY_CONTACT_IDS) {
      const contact = model.contacts.find((c) => c.id === id)!;
      const call = page.locator(`[data-search-danger] a[href="${contactHref(contact)}"]`);
      const box = (await call.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    }
    const links = await page.$$eval('[data-search-danger] a[data-danger-link]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(articleUrl(JUST_SCAMMED_ARTICLE_ID));
    expect(links.some((l) => l.startsWith('/troubleshoot/'))).toBe(true);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(false);
  });

  it('is shown before any index file is fetched, and a question that does not fire fetches nothing for it', async () => {
    const fresh = await site.browser.newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.route('**/answers/**', (route) => new Promise(() => void route)); // the index never answers
    await fresh.goto(`${site.url}/search/?q=${encodeURIComponent('对方让我下载会议软件共享屏幕')}`);
    await fresh.locator('[data-search-danger]').waitFor({ state: 'visible', timeout: 5_000 });
    await fresh.close();
    expect(requests.filter((p) => /danger/i.test(p))).toEqual([]);
  });

  it('without JavaScript, /search/ shows the emergency numbers', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const nojs = await context.newPage();
    await nojs.goto(`${site.url}/search/?q=${encodeURIComponent('被骗了')}`);
    for (const id of EMERGENCY_CONTACT_IDS) {
      const contact = model.contacts.find((c) => c.id === id)!;
      expect(await nojs.locator(`[data-search-noscript] [data-emergency] a[href="${contactHref(contact)}"]`).count()).toBe(1);
    }
    await context.close();
  });
});
