/**
 * A reader walks a troubleshooter in real Chromium: with JavaScript (instant answers, the path in
 * the URL, the back button, changing an earlier answer, copying the report) and without it
 * (plain links from static node pages to an outcome).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';

const TREE = '/troubleshoot/scam-check/';
const site = builtSiteInChromium();

/** `bypassCSP` only for injecting axe-core (an inline script); the CSP has its own test. */
async function open(javaScriptEnabled: boolean, bypassCSP = false): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled, bypassCSP, viewport: { width: 390, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const question = (page: Page) => page.locator('[data-question] h2').textContent();
const answer = (page: Page, label: string) => page.locator('[data-option]', { hasText: label }).click();

describe('with JavaScript', () => {
  it('answers without page loads, keeps the path in the URL and reaches a fraud alert', async () => {
    const { context, page, errors } = await open(true);
    try {
      await page.goto(`${site.url}${TREE}`);
      await page.locator('[data-troubleshooter][data-interactive]').waitFor();
      let loads = 0;
      page.on('load', () => loads++);

      await answer(page, '对方主动联系我');
      await expect.poll(() => question(page)).toBe('对方说了什么？');
      expect(new URL(page.url()).searchParams.get('scam-check')).toBe('what-said');
      // Focus follows the new question, and it is announced.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('对方说了什么？');
      await expect.poll(() => page.locator('[data-troubleshooter] [role="status"][aria-live]').textContent()).toContain('对方说了什么？');

      await answer(page, '要给我退款、理赔或返钱');
      await answer(page, '还没有');
      await page.locator('[data-outcome="fraud-alert"]').waitFor();
      expect(new URL(page.url()).searchParams.get('scam-check')).toBe('what-said.refund.stop-now');
      expect(loads).toBe(0);
      expect(await page.locator('[data-outcome] [data-contact="antifraud-hotline"]').textContent()).toContain('96110');

      // The browser's back button walks back one answer at a time.
      await page.goBack();
      await expect.poll(() => question(page)).toBe('你已经转账、说出验证码，或者开过屏幕共享了吗？');
      await page.goBack();
      await expect.poll(() => question(page)).toBe('对方说了什么？');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a shared link at the same place and lets the reader change an earlier answer', async () => {
    const { context, page, errors } = await open(true);
    try {
      await page.goto(`${site.url}${TREE}?scam-check=what-said.refund.already-lost`);
      await page.locator('[data-troubleshooter][data-interactive] [data-outcome="fraud-alert"]').waitFor();
      expect(await page.locator('[data-step]').count()).toBe(3);

      // Change the first answer: the later answers are dropped, the reader is asked again.
      await page.locator('[data-step="0"] a').click();
      await expect.poll(() => question(page)).toBe('是谁先联系的？');
      expect(await page.locator('[data-step]').count()).toBe(0);
      await answer(page, '我自己从官方App或官网找的客服');
      await answer(page, '都没有');
      await page.locator('[data-outcome="fix"]').waitFor();
      expect(new URL(page.url()).searchParams.get('scam-check')).toBe('what-asked.keep-official');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('copies a numbered report of the answers for official support', async () => {
    const { context, page } = await open(true);
    try {
      await page.goto(`${site.url}${TREE}?scam-check=what-said.other`);
      // A stale answer id degrades to the deepest valid prefix.
      await expect.poll(() => question(page)).toBe('对方说了什么？');
      await answer(page, '别的事情，没要钱也没要验证码');
      await page.locator('[data-copy-report]').click();
      await expect.poll(() => page.locator('[data-outcome] [role="status"]').textContent()).toBe('已复制');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe([
        '问题排查：有人自称客服联系我，是真的吗',
        '1. 是谁先联系的？ —— 对方主动联系我',
        '2. 对方说了什么？ —— 别的事情，没要钱也没要验证码',
        '结论：先挂断，再自己从官方渠道核实',
      ].join('\n'));
    } finally {
      await context.close();
    }
  });

  it('stays within 12 KB of gzipped JavaScript on a tree page', async () => {
    const { context, page } = await open(true);
    try {
      const scripts: Buffer[] = [];
      page.on('response', async (r) => { if (r.request().resourceType() === 'script') scripts.push(await r.body()); });
      await page.goto(`${site.url}${TREE}`);
      await page.locator('[data-troubleshooter][data-interactive]').waitFor();
      // Inline scripts that run (JSON and JSON-LD data blocks are not JavaScript).
      const inline = await page.locator('script:not([src]):not([type*="json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      const total = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((sum, body) => sum + gzipSync(body).length, 0);
      expect(total).toBeLessThanOrEqual(12 * 1024);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('follows plain links from question pages to an outcome, and can change an answer', async () => {
    const { context, page } = await open(false);
    try {
      await page.goto(`${site.url}${TREE}`);
      await answer(page, '对方主动联系我');
      await page.waitForURL(/\/troubleshoot\/scam-check\/what-said\/$/);
      await answer(page, '为了资金安全，让我把钱转到「安全账户」');
      await page.waitForURL(/\/already-acted\/$/);
      await answer(page, '已经做了');
      await page.waitForURL(/\/already-lost\/$/);
      expect(await page.locator('[data-outcome="fraud-alert"] h2').textContent()).toContain('马上报警');
      expect(await page.locator('[data-outcome] [data-contact="police"]').textContent()).toContain('110');
      // No copy button without JavaScript, but the report is there to select.
      expect(await page.locator('[data-copy-report]').count()).toBe(0);
      expect(await page.locator('[data-report]').inputValue()).toContain('1. 是谁先联系的？');

      await page.locator('[data-step="0"] a').click();
      await page.waitForURL(new RegExp(`${TREE}$`));
      expect(await question(page)).toBe('是谁先联系的？');
    } finally {
      await context.close();
    }
  });
});
