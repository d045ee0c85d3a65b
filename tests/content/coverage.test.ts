/**
 * Every question of the content brief is answered, for each wallet whose source covers it, by
 * articles that exist. A wallet's own questions are answered on that wallet's own pages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BRIEF_PATH, SHARED_BRIEF_PATH, briefQuestions } from '../helpers/brief';
import { realContent } from '../helpers/real-content';

interface CoverageEntry { question: string; articles: string[] }

const brief = briefQuestions();
const model = realContent();
const published = new Map(model.articles.filter((a) => !a.data.draft).map((a) => [a.id, a]));
const MINIMUM_ARTICLES: Record<string, number> = { postal: 14, people: 10, pboc: 12, repayment: 10, general: 10 };

/** A general article answers a wallet's question when it has a section headed with that wallet's name. */
function hasSectionFor(id: string, wallet: string): boolean {
  const article = published.get(id);
  const names = model.wallets.filter((w) => w.id === wallet).flatMap((w) => [w.name, w.shortName]);
  return Boolean(article && id.startsWith('general/') && article.body.split('\n').some((line) => /^##+ /.test(line) && names.some((n) => line.includes(n))));
}

/** Wallets a question names by their full or short name. */
function walletsNamedIn(question: string): string[] {
  return model.wallets.filter((w) => w.id !== 'general' && [w.name, w.shortName].some((n) => n && question.includes(n))).map((w) => w.id);
}

function coverage(wallet: string): CoverageEntry[] {
  const file = join(process.cwd(), 'content', 'coverage', `${wallet}.yaml`);
  expect(existsSync(file), `缺少覆盖表 content/coverage/${wallet}.yaml`).toBe(true);
  return parse(readFileSync(file, 'utf8')) as CoverageEntry[];
}

describe('the content brief', () => {
  it('lists questions for every wallet', () => {
    expect([...brief.keys()].sort()).toEqual(['general', 'pboc', 'people', 'postal', 'repayment']);
  });
  it.runIf(existsSync(SHARED_BRIEF_PATH))('copy in docs/ matches the team\'s shared brief', () => {
    expect(readFileSync(BRIEF_PATH, 'utf8'), 'copy ../shared/CONTENT-BRIEF.md to docs/CONTENT-BRIEF.md').toBe(readFileSync(SHARED_BRIEF_PATH, 'utf8'));
  });
});

describe.each([...brief.keys()])('the %s wallet', (wallet) => {
  const entries = coverage(wallet);

  it.each(brief.get(wallet)!)('answers 「%s」', (question) => {
    const entry = entries.find((e) => e.question === question);
    expect(entry, `content/coverage/${wallet}.yaml has no entry for ${question}`).toBeDefined();
    expect(entry!.articles.length, `no article answers ${question}`).toBeGreaterThan(0);
    for (const id of entry!.articles) expect(published.has(id), `${id} (for ${question}) is not a published article`).toBe(true);
    // The wallet's own page, or a general page (listed on every hub) with a section for this wallet;
    // a general question that names one wallet (「数字人民币 red packets」) may be answered on that wallet's hub.
    const named = wallet === 'general' ? walletsNamedIn(question) : [];
    expect(entry!.articles.some((id) => id.startsWith(`${wallet}/`) || hasSectionFor(id, wallet) || named.some((w) => id.startsWith(`${w}/`))), `${question} needs an article on the ${wallet} hub, or a general article with a section for ${wallet}`).toBe(true);
  });

  it('lists only articles that exist', () => {
    for (const e of entries) for (const id of e.articles) expect(published.has(id), id).toBe(true);
  });

  it(`has at least ${MINIMUM_ARTICLES[wallet] ?? 1} articles`, () => {
    const count = [...published.values()].filter((a) => a.data.wallet === wallet).length;
    expect(count).toBeGreaterThanOrEqual(MINIMUM_ARTICLES[wallet] ?? 1);
  });
});
