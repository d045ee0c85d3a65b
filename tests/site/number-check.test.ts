/**
 * The reader's number check in real Chromium: registry values are recognised in any disguise,
 * anything else is explained, what a reader pastes stays text, and without JavaScript the box
 * still tells them which numbers are verified.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { ROUTES } from '../../src/lib/routes';

const site = builtSiteInChromium();
const registry = realContent().contacts;
const hotline = registry.find((c) => c.kind === 'hotline' && c.value.length >= 5)!;

async function withPage<T>(javaScriptEnabled: boolean, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 800 } });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

async function check(page: Page, value: string): Promise<{ verdict: string | null; text: string }> {
  // The box loads its code on first touch (client:interact): focus it, wait for it, then check.
  await page.focus('#number-check-input');
  await page.locator('[data-number-check-form][data-ready]').waitFor();
  await page.fill('#number-check-input', value);
  await page.click('[data-number-check] button[type="submit"]');
  const result = page.locator('[data-number-check-result] [data-verdict]');
  await result.waitFor();
  return { verdict: await result.getAttribute('data-verdict'), text: (await result.textContent()) ?? '' };
}

describe('the number check', () => {
  it('recognises a registry number written in full-width digits and one in Chinese numerals', async () => {
    await withPage(true, async (page) => {
      await page.goto(`${site.url}${ROUTES.check}`);
      const fullWidth = hotline.value.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      expect(await check(page, fullWidth)).toMatchObject({ verdict: 'verified' });
      const numerals = hotline.value.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);
      const { verdict, text } = await check(page, numerals);
      expect(verdict).toBe('verified');
      expect(text).toContain(hotline.label);
    });
  });

  it('explains a "customer service" mobile number and keeps pasted markup as text', async () => {
    await withPage(true, async (page) => {
      const alerts: string[] = [];
      page.on('dialog', (d) => { alerts.push(d.message()); void d.dismiss(); });
      await page.goto(`${site.url}${ROUTES.check}`);
      const { verdict, text } = await check(page, '客服 139 1234 5678 <img src=x onerror=alert(1)>');
      expect(verdict).toBe('unverified');
      expect(text).toMatch(/手机号/);
      expect(await page.locator('[data-number-check-result] img').count()).toBe(0);
      expect(alerts).toEqual([]);
    });
  });

  it('never vouches for a link that opens another site, even through its own /check/?n= address', async () => {
    // A scammer can send a reader the handbook's own check link as "proof": it must say no.
    const website = registry.find((c) => c.kind === 'website')!;
    const host = new URL(website.value).host;
    await withPage(true, async (page) => {
      for (const link of [`https://${host}:443@kefu-pay.top/`, `https://${host}.kefu-pay.top/`]) {
        await page.goto(`${site.url}${ROUTES.check}?n=${encodeURIComponent(link)}`);
        const result = page.locator('[data-number-check-result] [data-verdict]');
        await result.waitFor();
        expect(await result.getAttribute('data-verdict'), link).toBe('unverified');
        expect(await result.textContent(), link).not.toContain('✓');
      }
      expect(await check(page, `${hotline.value}转8`)).toMatchObject({ verdict: 'unverified' });
      // A verified number is a tap-to-call link in the verdict; a website is worded as a website.
      await check(page, hotline.value);
      expect(await page.locator(`[data-number-check-result] a[href="tel:${hotline.value}"]`).count()).toBe(1);
      const { text } = await check(page, website.value);
      expect(text).toMatch(/官方网站/);
      expect(text).not.toMatch(/拨打这个号码/);
    });
  });

  it('is on the contact page and under the scam-check troubleshooter (whose first load stays within its budget: tests/site/troubleshooter.test.ts)', async () => {
    await withPage(true, async (page) => {
      for (const path of [ROUTES.contact, '/troubleshoot/scam-check/']) {
        await page.goto(`${site.url}${path}`);
        expect(await check(page, hotline.value), path).toMatchObject({ verdict: 'verified' });
      }
    });
  });

  it('without JavaScript lists the verified numbers and what to do with any other', async () => {
    await withPage(false, async (page) => {
      await page.goto(`${site.url}${ROUTES.check}`);
      const text = (await page.locator('[data-number-check-static]').textContent()) ?? '';
      // Every verified contact, not only the numbers, and a plain word that the check itself needs JavaScript.
      for (const contact of registry) expect(text, contact.id).toContain(contact.value);
      expect(text).toMatch(/不要直接回拨/);
      expect(await page.locator('[data-number-check-needs-js]').isVisible()).toBe(true);
    });
  });
});
