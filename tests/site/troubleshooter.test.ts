/**
 * A reader walks a troubleshooter in real Chromium: with JavaScript (instant answers, the path in
 * the URL, the back button, changing an earlier answer, copying the report) and without it
 * (plain links from static node pages to an outcome). Every fraud alert starts with 110 and 96110.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { contactHref } from '../../src/lib/contacts';
import { EMERGENCY_CONTACT_IDS, troubleshooterStepUrl } from '../../src/lib/routes';

const TREE = '/troubleshoot/scam-check/';
const site = builtSiteInChromium();
const { contacts: registry, troubleshooters } = realContent();

/**
 * A reader told 「停下：疑似诈骗」 can call 110 and 96110 at once: each a tel: link from the registry,
 * at least 44 px tall, above everything else in the outcome (the 「不要转账…」 list comes after them)
 * and ending within one screen (`screen` px) of the outcome heading's top.
 */
async function expectEmergencyCallsFirst(page: Page, screen: number): Promise<void> {
  // The outcome's title: inside the box, or the page's h1 on a static outcome page.
  const inBox = page.locator('[data-outcome="fraud-alert"] :is(h2, h3):visible');
  const top = (await ((await inBox.count()) ? inBox : page.locator('main h1')).boundingBox())!.y;
  const next = (await page.locator('[data-outcome="fraud-alert"] > ul').first().boundingBox())!.y;
  for (const id of EMERGENCY_CONTACT_IDS) {
    const contact = registry.find((c) => c.id === id)!;
    const call = page.locator(`[data-outcome="fraud-alert"] a[href="${contactHref(contact)}"]`);
    expect(await call.count(), `${id}: no ${contactHref(contact)} link`).toBe(1);
    const box = (await call.boundingBox())!;
    expect(await call.textContent(), id).toContain(contact.value);
    expect(box.height, id).toBeGreaterThanOrEqual(44);
    expect(box.y + box.height, `${id} before the rest of the outcome`).toBeLessThanOrEqual(next);
    expect(box.y + box.height - top, id).toBeLessThanOrEqual(screen);
  }
}

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
      expect(await page.locator('[data-outcome] a[href="tel:96110"]').textContent()).toContain('96110');
      await expectEmergencyCallsFirst(page, 800);

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

  it('stays within 12 KB of gzipped JavaScript for the troubleshooter on a tree page', async () => {
    // The scripts every page carries (display settings, the / shortcut) have their own budget of
    // 1 KB in rendered-pages.test.ts; this one is the troubleshooter's: the island, Preact, and
    // anything else the tree page loads.
    const inlineScripts = (p: Page) => p.locator('script:not([src]):not([type*="json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const plain = await open(true);
    await plain.page.goto(`${site.url}/no-such-page/`);
    const everyPage = new Set(await inlineScripts(plain.page));
    await plain.context.close();
    const { context, page } = await open(true);
    try {
      const scripts: Buffer[] = [];
      page.on('response', async (r) => { if (r.request().resourceType() === 'script') scripts.push(await r.body()); });
      await page.goto(`${site.url}${TREE}`);
      await page.locator('[data-troubleshooter][data-interactive]').waitFor();
      // Inline scripts that run (JSON and JSON-LD data blocks are not JavaScript).
      const inline = (await inlineScripts(page)).filter((s) => !everyPage.has(s));
      const total = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((sum, body) => sum + gzipSync(body).length, 0);
      expect(total).toBeLessThanOrEqual(12 * 1024);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('follows plain links from question pages to an outcome, and can change an answer where the page knows it', async () => {
    const { context, page } = await open(false);
    try {
      await page.goto(`${site.url}${TREE}`);
      await answer(page, '对方主动联系我');
      await page.waitForURL(/\/troubleshoot\/scam-check\/what-said\/$/);
      // One route leads here: the page lists the answer and lets the reader change it.
      await page.locator('[data-step="0"] a').click();
      await page.waitForURL(new RegExp(`${TREE}$`));
      expect(await question(page)).toBe('是谁先联系的？');
      await answer(page, '对方主动联系我');
      await page.waitForURL(/\/what-said\/$/);
      await answer(page, '为了资金安全，让我把钱转到「安全账户」');
      await page.waitForURL(/\/already-acted\/$/);
      await answer(page, '已经做了');
      await page.waitForURL(/\/already-lost\/$/);
      // The outcome is the page's h1; several routes lead here, so no answers are listed or recorded.
      expect(await page.locator('h1').textContent()).toContain('马上报警');
      expect(await page.locator('[data-outcome] a[href="tel:110"]').textContent()).toContain('110');
      expect(await page.locator('[data-step]').count()).toBe(0);
      // No copy button without JavaScript, but the report is there to select.
      expect(await page.locator('[data-copy-report]').count()).toBe(0);
      expect(await page.locator('[data-report]').inputValue()).not.toMatch(/^1\. /m);
    } finally {
      await context.close();
    }
  });
});

describe('fraud alerts on a phone', () => {
  const fraudAlerts = troubleshooters.flatMap(({ tree }) =>
    Object.entries(tree.nodes).filter(([, node]) => node.outcome === 'fraud-alert').map(([nodeId]) => troubleshooterStepUrl(tree, nodeId)));

  it('exist in every troubleshooter', () => {
    expect(fraudAlerts.length).toBeGreaterThanOrEqual(troubleshooters.length);
  });

  it.each(fraudAlerts)('%s starts with large tap-to-call buttons for 110 and 96110', async (url) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${url}`);
      await expectEmergencyCallsFirst(page, 844);
    } finally {
      await context.close();
    }
  });
});
