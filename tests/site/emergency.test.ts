/**
 * A reader in the middle of a scam lands on a page from a search engine or a link, on a cheap
 * phone: 110 and 96110 are tap-to-call buttons on the first screen of every landing page, and on
 * an anti-fraud article they leave the answer paragraph on that first screen too.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { contactHref } from '../../src/lib/contacts';
import { ANTI_FRAUD_TOPIC_ID, articleUrl, EMERGENCY_CONTACT_IDS, ROUTES, SCAM_CHECK_TROUBLESHOOTER_ID, walletUrl } from '../../src/lib/routes';

const site = builtSiteInChromium();
const model = realContent();
const PHONE = { width: 360, height: 740 };
const antiFraud = model.articles.filter((a) => !a.data.draft && a.data.topic === ANTI_FRAUD_TOPIC_ID).map((a) => articleUrl(a.id));

const landingPages = [
  ROUTES.home, ROUTES.contact, ROUTES.check, '/404.html',
  ...model.wallets.map((w) => walletUrl(w.id)),
  ...antiFraud,
];

async function onPhone<T>(path: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    return await fn(page);
  } finally {
    await context.close();
  }
}

describe('the emergency numbers on a 360×740 phone', () => {
  it('exist for every anti-fraud article (the list below is not empty)', () => {
    expect(antiFraud.length).toBeGreaterThan(3);
  });

  it.each(landingPages)('%s: 110 and 96110 are ≥ 44 px tap-to-call buttons on the first screen', async (path) => {
    await onPhone(path, async (page) => {
      for (const id of EMERGENCY_CONTACT_IDS) {
        const contact = model.contacts.find((c) => c.id === id)!;
        const call = page.locator(`main a[href="${contactHref(contact)}"]`).first();
        expect(await call.count(), `${path}: no tel: link for ${contact.value}`).toBe(1);
        const box = (await call.boundingBox())!;
        expect(box.height, `${path} ${contact.value}`).toBeGreaterThanOrEqual(44);
        expect(box.width, `${path} ${contact.value}`).toBeGreaterThanOrEqual(44);
        expect(box.y + box.height, `${path} ${contact.value} below the first screen`).toBeLessThanOrEqual(PHONE.height);
        expect(await call.textContent()).toContain(contact.value);
      }
    });
  });

  it.each(antiFraud)('%s: the answer paragraph still starts on the first screen', async (path) => {
    await onPhone(path, async (page) => {
      const answer = page.locator('main article p, main .prose p').first();
      const box = (await answer.boundingBox())!;
      expect(box.y, `${path}: answer starts at ${box.y}px`).toBeLessThan(PHONE.height - 60);
    });
  });
});

describe('troubleshooter lists', () => {
  const pagesWithLists = [ROUTES.home, ...model.wallets.map((w) => walletUrl(w.id))];
  it.each(pagesWithLists)('%s: the scam check comes first, and on a phone the cards are one column', async (path) => {
    await onPhone(path, async (page) => {
      const cards = await page.$$eval('[data-tree-list] a', (as) => as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, x: a.getBoundingClientRect().x })));
      if (cards.length === 0) return;
      const scam = cards.findIndex((c) => c.href.includes(`/${SCAM_CHECK_TROUBLESHOOTER_ID}/`));
      if (scam !== -1) expect(scam, `${path}: ${cards.map((c) => c.href).join(' ')}`).toBe(0);
      expect(new Set(cards.map((c) => Math.round(c.x))).size, path).toBe(1);
    });
  });
});
