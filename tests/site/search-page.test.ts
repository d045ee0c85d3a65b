/**
 * The /search/ page as a reader uses it, in Chromium over the built site: what a result shows,
 * where troubleshooters go, the honest empty state, filters and the address bar. The ranking
 * itself is measured by search-eval.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { builtPages } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { SAFE_ROUTE_ARTICLE_ID } from '../../src/lib/routes';

const site = builtSiteInChromium();
const pages = new Map(builtPages().map((p) => [p.path, p]));
const model = realContent();

async function searchFor(query: string, extra = ''): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /^(找到|手册里没有)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page;
}

/** The text a reader sees on a built page (main content, markup stripped, whitespace folded). */
function visibleText(path: string): string {
  const main = pages.get(path)?.doc.querySelector('main');
  return (main?.text ?? '').replace(/\s+/g, '');
}

describe('a result', () => {
  it.each(['支付密码忘了', '充值不到账', '邮储钱包转账', 'zhifu shibai', '客服电话是真的吗'])(
    'for 「%s」 shows title, wallet · topic and an excerpt the reader will find on that page', async (query) => {
      const page = await searchFor(query);
      const items = await page.$$eval('[data-search-results] > li', (lis) => lis.map((li) => ({
        href: new URL(li.querySelector<HTMLAnchorElement>('a[data-result]')!.href).pathname,
        title: li.querySelector('a[data-result]')!.textContent,
        label: li.querySelector('a[data-result] + p')?.textContent ?? '',
        excerpt: li.querySelector('[data-result-excerpt]')?.textContent ?? '',
        marks: [...li.querySelectorAll('[data-result-excerpt] mark')].map((m) => m.textContent ?? ''),
      })));
      await page.close();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.title, item.href).toBe(pages.get(item.href)?.doc.querySelector('h1')?.text.trim());
        expect(item.label, item.href).toMatch(/\S · \S|防骗提醒|\S/);
        // Text the page shows (its answer paragraph or a passage), never the hidden reader phrasings.
        const shown = item.excerpt.replace(/…$/, '').replace(/\s+/g, '');
        expect(visibleText(item.href), `${item.href}: ${item.excerpt}`).toContain(shown);
        // Whole words, never lone characters.
        for (const mark of item.marks) expect(mark.length, `${item.href}: <mark>${mark}</mark>`).toBeGreaterThanOrEqual(2);
      }
    });

  it('shows the first result\'s answer paragraph whole (up to 200 characters), and cuts the others at 90 with 「…」', async () => {
    // A question whose first answer is longer than a plain excerpt, so the difference shows.
    const page = await searchFor('邮政钱包忘记支付密码');
    const results = await page.$$eval('[data-search-results] > li', (lis) => lis.map((li) => ({
      href: new URL(li.querySelector<HTMLAnchorElement>('a[data-result]')!.href).pathname,
      excerpt: li.querySelector('[data-result-excerpt]')?.textContent ?? '',
    })));
    await page.close();
    expect(results.length).toBeGreaterThan(2);
    const [top, ...rest] = results;
    const answer = (pages.get(top!.href)?.doc.querySelector('.article-body p')?.text ?? '').replace(/\s+/g, '');
    expect(answer.length, `${top!.href}: the test needs an answer longer than 91 characters`).toBeGreaterThan(91);
    expect(top!.excerpt).toBe(answer.length > 200 ? `${answer.slice(0, 200)}…` : answer);
    for (const { excerpt } of rest) expect(excerpt.length).toBeLessThanOrEqual(91);
    expect(rest.some(({ excerpt }) => excerpt.endsWith('…'))).toBe(true);
  });
});

describe('troubleshooters', () => {
  it('come in their own block above the ranked list, linking to the first step', async () => {
    const page = await searchFor('充值了钱没到账');
    const block = page.locator('[data-search-troubleshooters]');
    expect(await block.isVisible()).toBe(true);
    const links = await block.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const above = await page.evaluate(() => {
      const trees = document.querySelector('[data-search-troubleshooters]')!;
      const list = document.querySelector('[data-search-results]')!;
      return !list.contains(trees) && Boolean(trees.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    const inList = await page.$$eval('[data-search-results] a[data-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/troubleshoot\/[a-z0-9-]+\/$/);
    expect(above).toBe(true);
    expect(inList.filter((p) => p.startsWith('/troubleshoot/'))).toEqual([]);
  });
});

describe('a question the handbook does not answer', () => {
  it('gets the empty state, shown: the commonest problems, every troubleshooter and the safe route', async () => {
    const page = await searchFor('明天天气怎么样');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await page.locator('[data-search-results] a[data-result]').count()).toBe(0);
    const links = await empty.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href, location.href).pathname));
    const status = await page.locator('[data-search-status]').textContent();
    await page.close();
    expect(status).toContain('明天天气怎么样');
    for (const { tree } of model.troubleshooters) expect(links).toContain(`/troubleshoot/${tree.id}/`);
    expect(links).toContain(`/${SAFE_ROUTE_ARTICLE_ID}/`);
  });
});

describe('the address bar', () => {
  it('holds the wallet filter, and the results respect it', async () => {
    const page = await searchFor('密码', '&wallet=pboc');
    expect(await page.locator('select[name="wallet"]').inputValue()).toBe('pboc');
    const sections = await page.$$eval('[data-search-results] a[data-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[1]));
    await page.close();
    expect(sections.length).toBeGreaterThan(0);
    // The chosen wallet and the sections that serve every wallet; never another wallet's page.
    for (const section of sections) expect(['pboc', 'general', 'repayment']).toContain(section);
    expect(sections).toContain('pboc');
  });

  it('follows what the reader types', async () => {
    const page = await searchFor('密码');
    await page.fill('#search-page-input', '注销');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '注销');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到'));
    const first = await page.locator('[data-search-results] a[data-result]').first().textContent();
    await page.close();
    expect(first).toContain('注销');
  });
});

describe('a number or address in the query', () => {
  it('gets a link to the number check, which then checks it', async () => {
    const page = await searchFor('4008-123-456是不是钱包客服');
    const block = page.locator('[data-search-number-check]');
    expect(await block.isVisible()).toBe(true);
    const link = block.locator('a[data-number-check-link]');
    expect(new URL((await link.getAttribute('href'))!, site.url).searchParams.get('n')).toBe('4008-123-456');
    await link.click();
    await page.waitForURL(/\/check\/\?n=/);
    await page.locator('[data-verdict]').waitFor();
    const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
    await page.close();
    expect(verdict).not.toBe('verified');
  });

  it('leaves ordinary questions (amounts, dates) without one', async () => {
    const page = await searchFor('充值500元到现在没到账');
    const shown = await page.locator('[data-search-number-check]').isVisible();
    await page.close();
    expect(shown).toBe(false);
  });
});
