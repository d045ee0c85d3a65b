/**
 * Older readers on a cheap phone: no text a reader sees on the main page types is smaller than
 * 16 px (breadcrumbs, snippets, source lines, 「你的回答」 and the footer included), measured in
 * Chromium at 360×740 from each visible text's computed size.
 */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/site';

const site = builtSiteInChromium();
const PAGES = [
  '/', '/pboc/', '/general/fake-customer-service/', '/troubleshoot/scam-check/', '/troubleshoot/scam-check/already-lost/',
  '/search/?q=%E5%BF%98%E8%AE%B0%E5%AF%86%E7%A0%81', '/contact/', '/check/', '/topics/',
];

describe('text size on a 360×740 phone', () => {
  it.each(PAGES)('%s: no visible text under 16 px', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const el = node.parentElement;
          if (!text || !el || el.closest('.sr-only, [hidden], noscript, script, style')) continue;
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
          const size = parseFloat(style.fontSize);
          if (size < 16) out.push(`${size}px「${text.slice(0, 20)}」`);
        }
        return out;
      });
      expect(small, path).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
