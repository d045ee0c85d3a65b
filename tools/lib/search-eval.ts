/**
 * Runs search queries through the real /search/ page in headless Chromium and scores them:
 * success@1 (an expected article is the first result) and success@3 (among the first three).
 * Shared by the CI test (tests/site/search-eval.test.ts) and `npm run eval:search`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';

export interface EvalQuery {
  /** What a reader types. */
  q: string;
  /** Article ids (wallet/slug) that answer it; any of them counts. */
  expect: string[];
  /** Why this query is in the set: colloquial, short, long, typo, traditional, wallet… */
  kind: string;
}

export interface QueryResult extends EvalQuery {
  /** Result paths in rank order (first ten). */
  got: string[];
  rank: number | undefined;
}

export interface EvalReport {
  results: QueryResult[];
  at1: number;
  at3: number;
}

export const QUERIES_FILE = join(import.meta.dirname, '..', '..', 'tests', 'search', 'queries.yaml');

export function loadQueries(file = QUERIES_FILE): EvalQuery[] {
  return parse(readFileSync(file, 'utf8')) as EvalQuery[];
}

export async function evaluate(browser: Browser, baseUrl: string, queries: EvalQuery[]): Promise<EvalReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const results: QueryResult[] = [];
  try {
    await page.goto(`${baseUrl}/search/`);
    await page.locator('[data-search-page][data-ready]').waitFor();
    for (const query of queries) {
      // Through the page's own form, as a reader would (submit skips the typing debounce).
      await page.fill('#search-page-input', query.q);
      await page.evaluate(() => {
        document.querySelector('[data-search-status]')!.textContent = '';
        document.querySelector<HTMLFormElement>('[data-search-page] form')!.requestSubmit();
      });
      await page.waitForFunction(() => /^(找到|没有找到|搜索出错)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const got = await page.$$eval('[data-search-results] a[data-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const index = got.findIndex((path) => query.expect.some((id) => path === `/${id}/`));
      results.push({ ...query, got, rank: index === -1 ? undefined : index + 1 });
    }
  } finally {
    await context.close();
  }
  const share = (n: number) => results.filter((r) => r.rank !== undefined && r.rank <= n).length / results.length;
  return { results, at1: share(1), at3: share(3) };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const misses = report.results.filter((r) => r.rank === undefined || r.rank > 1);
  const lines = [
    `查询 ${report.results.length} 条：success@1 = ${pct(report.at1)}，success@3 = ${pct(report.at3)}`,
    '',
    '没有排第一的查询：',
    ...misses.map((r) => `  [${r.kind}] ${r.q} → 期望 ${r.expect.join(' / ')}；${r.rank ? `排第 ${r.rank}` : '前十没有'}；前三：${r.got.slice(0, 3).join(' ') || '（无结果）'}`),
  ];
  return lines.join('\n');
}
