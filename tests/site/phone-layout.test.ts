/**
 * The built site on a 390×844 phone, with the CJK font a reader's phone has:
 *
 * - Tap targets: every visible control a finger has to hit is at least 44×44 CSS px (WCAG 2.5.5).
 *   A control is a button, an input, a select, a textarea, a summary, or a link that stands on its
 *   own. A link is exempt only when it is part of a sentence: it is laid out inline and the text
 *   around it on its line (its nearest non-inline ancestor, leaving out nested blocks) has words
 *   of its own, as in 「详见<a>如何识别冒充客服</a>。」. A link that is a line, a list item, a card
 *   title or a button by itself is a control. Invisible elements (hidden, sr-only) are skipped.
 * - Hierarchy: the page title (h1) is at least 28 px and larger than every h2.
 * - No heading or list title leaves one character alone on its last line.
 * - The header: the site name on its own row, one full-width search under it, placeholder uncut;
 *   the home page shows one search box on its first screen.
 * - The troubleshooter outcome is not a box inside another box.
 * - Reflow: nothing scrolls sideways at 320 px, nor on a 390 px phone with text at 200 %.
 * - On a wide screen, article lines hold about 35–40 characters.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { articleUrl, topicUrl, walletUrl } from '../../src/lib/routes';

const site = builtSiteInChromium();
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const MIN_TARGET = 44;

const TREE = '/troubleshoot/scam-check/';
/** [what, path, selector that is there once the page is ready] */
const PAGES: Array<[string, string, string | null]> = [
  ['home', '/', null],
  ['wallet hub', walletUrl('postal'), null],
  ['topic hub', topicUrl('anti-fraud'), null],
  ['article with a troubleshooter and a contact card', articleUrl('pboc/top-up-withdraw'), null],
  ['troubleshooter, start', TREE, '[data-troubleshooter][data-interactive]'],
  ['troubleshooter, second question', `${TREE}?scam-check=what-said`, '[data-troubleshooter][data-interactive] [data-step]'],
  ['troubleshooter, fraud outcome', `${TREE}?scam-check=what-said.refund.already-lost`, '[data-interactive] [data-copy-report]'],
  ['troubleshooter, static outcome page', `${TREE}verify-first/`, '[data-outcome]'],
  ['search for 密码', `/search/?q=${encodeURIComponent('密码')}`, 'a[data-result]'],
  ['search with no answer', `/search/?q=${encodeURIComponent('红烧肉怎么做')}`, '[data-search-empty]:not([hidden])'],
  ['contact', '/contact/', null],
  ['number check', '/check/', '[data-number-check-form][data-ready]'],
];

beforeAll(() => {
  // Without a CJK font Chromium draws boxes of another width: the measurements would mean nothing.
  let families = '';
  try { families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }); } catch { /* no fontconfig */ }
  if (!families.trim()) throw new Error('没有中文字体：先 apt-get install -y fonts-noto-cjk（见 README）。');
});

async function open(path: string, ready: string | null, options: BrowserContextOptions = PHONE): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  if (ready) await page.locator(ready).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return { page, close: () => context.close() };
}

/** Visible controls smaller than `min` in either direction, described for a failure message. */
function smallTargets(min: number): string[] {
  const inline = (el: Element) => getComputedStyle(el).display === 'inline';
  /** True when the link is laid out inside a sentence: words beside it on its own line of text. */
  const inSentence = (link: Element): boolean => {
    if (!inline(link)) return false;
    let block = link.parentElement;
    while (block && inline(block)) block = block.parentElement;
    let text = '';
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child === link) continue;
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child instanceof Element && inline(child)) walk(child);
      }
    };
    if (block) walk(block);
    return /[\p{L}\p{N}]/u.test(text);
  };
  const name = (el: Element) =>
    (el.getAttribute('aria-label') ?? (el as HTMLInputElement).placeholder ?? '') || (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24) || el.getAttribute('name') || '';
  const found: string[] = [];
  for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
    // A radio button or checkbox is tapped through its label: the label is the target.
    const label = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.labels?.[0] : undefined;
    const r = (label ?? el).getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.tagName === 'A' && inSentence(el)) continue;
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      found.push(`<${el.tagName.toLowerCase()}> 「${name(el)}」 ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return found;
}

/** Elements that stick out past the right edge of the viewport (the innermost ones), when the page scrolls sideways. */
function sidewaysScroll(): string[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const out = [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5);
  });
  const label = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.slice(0, 40)}"` : ''}> 「${(el.textContent ?? '').trim().slice(0, 20)}」 right ${Math.round(el.getBoundingClientRect().right)}`;
  return [`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...out.slice(0, 8).map(label)];
}

/** Selectors of titles whose last line must not be one character. */
const TITLES = 'main h1, main h2, main h3, [data-article-list] a, [data-tree-list] a, [data-wallet-list] a';

/** Titles whose last line holds a single character, e.g. 「…怎么 / 办」. */
function loneLastCharacters(selector: string): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const chars: Array<{ ch: string; top: number }> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.height > 0) chars.push({ ch: text[i]!, top: rect.top });
      }
    }
    if (chars.length < 2) continue;
    const lastTop = chars[chars.length - 1]!.top;
    const lastLine = chars.filter((c) => Math.abs(c.top - lastTop) < 4);
    if (lastLine.length === 1 && chars.some((c) => c.top < lastTop - 4)) found.push(`${(el.textContent ?? '').trim()}（最后一行只有「${lastLine[0]!.ch}」）`);
  }
  return found;
}

describe('on a 390×844 phone', () => {
  it.each(PAGES)('%s: no visible control is smaller than 44×44 px', async (_, path, ready) => {
    const { page, close } = await open(path, ready);
    try {
      const small = await page.evaluate(smallTargets, MIN_TARGET);
      expect(small, `controls under ${MIN_TARGET}×${MIN_TARGET} px on ${path} (links inside a sentence are exempt)`).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the troubleshooter\'s own controls are 44×44 px: the options, 修改, 上一步, 重新开始 and 复制记录', async () => {
    const controls = { '[data-option]': 'an option', '[data-step] a': '修改', '[data-back]': '上一步', '[data-restart]': '重新开始', '[data-copy-report]': '复制记录' };
    const sizes: Record<string, string[]> = {};
    for (const path of [`${TREE}?scam-check=what-said`, `${TREE}?scam-check=what-said.refund.already-lost`]) {
      const { page, close } = await open(path, '[data-troubleshooter][data-interactive]');
      try {
        for (const [selector, what] of Object.entries(controls)) {
          for (const box of await page.locator(`[data-troubleshooter] ${selector}`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]))) {
            (sizes[what] ??= []).push(`${Math.round(box[0]!)}×${Math.round(box[1]!)}`);
          }
        }
      } finally {
        await close();
      }
    }
    expect(Object.keys(sizes).sort()).toEqual(Object.values(controls).sort());
    const small = Object.entries(sizes).flatMap(([what, list]) => list.filter((s) => s.split('×').some((n) => Number(n) < MIN_TARGET)).map((s) => `${what} ${s}`));
    expect(small).toEqual([]);
  });

  it.each(PAGES)('%s: the page title is at least 28 px and larger than every h2', async (_, path, ready) => {
    const { page, close } = await open(path, ready);
    try {
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        return { h1: [...document.querySelectorAll('h1')].map(px), h2: [...document.querySelectorAll('h2')].filter((h) => h.getClientRects().length > 0).map(px) };
      });
      expect(sizes.h1).toHaveLength(1);
      expect(sizes.h1[0]).toBeGreaterThanOrEqual(28);
      expect(Math.max(0, ...sizes.h2), 'the largest h2').toBeLessThan(sizes.h1[0]!);
    } finally {
      await close();
    }
  });

  it('no page title, heading or list title leaves one character alone on its last line', async () => {
    const { wallets, topics, articles } = realContent();
    const paths = [
      '/',
      ...wallets.map((w) => walletUrl(w.id)),
      ...topics.map((t) => topicUrl(t.id)),
      ...articles.filter((a) => !a.data.draft).map((a) => articleUrl(a.id)),
    ];
    const { page, close } = await open('/', null);
    const lone: string[] = [];
    try {
      for (const path of paths) {
        await page.goto(`${site.url}${path}`);
        lone.push(...(await page.evaluate(loneLastCharacters, TITLES)).map((t) => `${path}: ${t}`));
      }
    } finally {
      await close();
    }
    expect(lone).toEqual([]);
  }, 180_000);

  it('the header has the site name on its own row and one full-width search under it, its placeholder uncut', async () => {
    for (const width of [390, 320]) {
      const { page, close } = await open('/postal/', null, { ...PHONE, viewport: { width, height: 844 } });
      try {
        const header = await page.evaluate(() => {
          const head = document.querySelector('header[data-site-header]')!;
          const name = head.querySelector('a')!.getBoundingClientRect();
          const forms = [...head.querySelectorAll('form[role="search"]')].filter((f) => f.getClientRects().length > 0);
          const form = forms[0]!.getBoundingClientRect();
          const input = forms[0]!.querySelector('input')!;
          const style = getComputedStyle(input);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = style.font;
          return {
            forms: forms.length,
            formWidth: form.width,
            room: document.documentElement.clientWidth,
            formBelowName: form.top >= name.bottom - 0.5,
            placeholder: ctx.measureText(input.placeholder).width,
            field: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          };
        });
        expect(header.forms).toBe(1);
        expect(header.formBelowName, `at ${width} px the search sits on its own row under the site name`).toBe(true);
        expect(header.formWidth, `at ${width} px the search spans the screen (less the page margins)`).toBeGreaterThanOrEqual(header.room - 40);
        expect(header.placeholder, `at ${width} px the placeholder fits in the field`).toBeLessThanOrEqual(header.field);
      } finally {
        await close();
      }
    }
  });

  it('the home page shows one search box on its first screen', async () => {
    const { page, close } = await open('/', null);
    try {
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('input[type="search"]')].filter((i) => {
          const r = i.getBoundingClientRect();
          return r.width > 1 && r.height > 1 && r.top < innerHeight;
        }).length);
      expect(boxes).toBe(1);
    } finally {
      await close();
    }
  });

  it.each([
    ['on the troubleshooter page', `${TREE}?scam-check=what-said.refund.already-lost`, '[data-interactive] [data-outcome]'],
    ['on a static outcome page', `${TREE}verify-first/`, '[data-outcome]'],
  ])('a troubleshooter outcome is not a box inside another box (%s)', async (_, path, ready) => {
    const { page, close } = await open(path, ready);
    try {
      const framed = await page.evaluate(() => {
        const outcome = document.querySelector('[data-outcome]')!;
        const boxes: string[] = [];
        for (let el = outcome.parentElement; el && el.tagName !== 'MAIN'; el = el.parentElement) {
          const s = getComputedStyle(el);
          if (parseFloat(s.borderLeftWidth) > 0 || parseFloat(s.borderRightWidth) > 0) boxes.push(`<${el.tagName.toLowerCase()} class="${el.className}">`);
        }
        const main = document.querySelector('main')!;
        const room = main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft) - parseFloat(getComputedStyle(main).paddingRight);
        return { boxes, width: outcome.getBoundingClientRect().width, room };
      });
      expect(framed.boxes, 'bordered boxes around the outcome').toEqual([]);
      expect(framed.width).toBeGreaterThanOrEqual(framed.room - 1);
    } finally {
      await close();
    }
  });
});

describe('reflow', () => {
  it.each(PAGES)('%s: nothing scrolls sideways at 320 px wide', async (_, path, ready) => {
    const { page, close } = await open(path, ready, { ...PHONE, viewport: { width: 320, height: 640 } });
    try {
      expect(await page.evaluate(sidewaysScroll)).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(PAGES)('%s: nothing scrolls sideways on a 390 px phone with text at 200 %%', async (_, path, ready) => {
    const { page, close } = await open(path, ready);
    try {
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(32);
      expect(await page.evaluate(sidewaysScroll)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('on a wide screen', () => {
  it('article lines hold about 35–40 characters', async () => {
    const { page, close } = await open(articleUrl('general/fake-customer-service'), null, { viewport: { width: 1280, height: 800 } });
    try {
      // Characters of body text (each CJK character is 1 em wide) that fit on one line of the article.
      const perLine = await page.evaluate(() => {
        const body = document.querySelector('.article-body')!;
        return body.clientWidth / parseFloat(getComputedStyle(body).fontSize);
      });
      expect(perLine).toBeGreaterThanOrEqual(34);
      expect(perLine).toBeLessThanOrEqual(41);
    } finally {
      await close();
    }
  });
});
