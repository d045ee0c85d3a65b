/**
 * Runs search queries through the real /search/ page in headless Chromium and scores them:
 * success@1 (an expected article is the first result) and success@3 (among the first three). A
 * query that expects nothing (kind off-topic) succeeds when the page shows its honest empty state
 * and no result. Shared by the CI test (tests/site/search-eval.test.ts) and `npm run eval:search`.
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
  /** Why this query is in the set: colloquial, short, long, typo, traditional, mixed, pinyin, wallet, scam, off-topic. */
  kind: string;
  /** Troubleshooters a reader asking this should be offered. */
  trees?: string[];
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
/** The first set (2026-11-22): its phrasings were tuned into aliases, so it guards against regressions only. */
export const QUERIES_V1_FILE = join(import.meta.dirname, '..', '..', 'tests', 'search', 'queries-v1.yaml');
/**
 * Written on 2026-11-27 by someone who saw neither the articles' reader phrasings, the synonym
 * table, the scam rules nor the other sets, and never tuned against: how search does on questions
 * nobody prepared it for.
 */
export const QUERIES_FRESH_FILE = join(import.meta.dirname, '..', '..', 'tests', 'search', 'queries-fresh.yaml');

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
      await page.waitForFunction(() => /^(找到|手册里没有|搜索出错)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const got = await page.$$eval('[data-search-results] a[data-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const emptyShown = await page.locator('[data-search-empty]').isVisible();
      const index = query.expect.length === 0
        ? (got.length === 0 && emptyShown ? 0 : -1)
        : got.findIndex((path) => query.expect.some((id) => path === `/${id}/`));
      results.push({ ...query, got, rank: index === -1 ? undefined : index + 1 });
    }
  } finally {
    await context.close();
  }
  const share = (n: number) => results.filter((r) => r.rank !== undefined && r.rank <= n).length / results.length;
  return { results, at1: share(1), at3: share(3) };
}

/** success@1 and success@3 per kind of query. */
export function byKind(report: EvalReport): Map<string, { n: number; at1: number; at3: number }> {
  const kinds = new Map<string, { n: number; at1: number; at3: number }>();
  for (const r of report.results) {
    const k = kinds.get(r.kind) ?? { n: 0, at1: 0, at3: 0 };
    k.n++;
    if (r.rank === 1) k.at1++;
    if (r.rank !== undefined && r.rank <= 3) k.at3++;
    kinds.set(r.kind, k);
  }
  return kinds;
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const misses = report.results.filter((r) => r.rank === undefined || r.rank > 1);
  const lines = [
    `查询 ${report.results.length} 条：success@1 = ${pct(report.at1)}，success@3 = ${pct(report.at3)}`,
    ...[...byKind(report)].map(([kind, k]) => `  ${kind.padEnd(12)} ${String(k.n).padStart(3)} 条  第一 ${pct(k.at1 / k.n).padStart(6)}  前三 ${pct(k.at3 / k.n).padStart(6)}`),
    '',
    '没有排第一的查询：',
    ...misses.map((r) => `  [${r.kind}] ${r.q} → 期望 ${r.expect.join(' / ')}；${r.expect.length === 0 ? '应该显示「没有答案」' : r.rank ? `排第 ${r.rank}` : '前十没有'}；前三：${r.got.slice(0, 3).join(' ') || '（无结果）'}`),
  ];
  return lines.join('\n');
}
