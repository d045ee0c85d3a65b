/**
 * From what a reader typed to a ranked list of pages. Pagefind requires every query term to match,
 * so a colloquial question ("钱充进去了没显示") often finds nothing. The pipeline normalises and
 * rewrites the query, runs it whole, and when that finds too little, searches its informative
 * terms one by one and merges the results (pages matching more terms rank first).
 * The search engine is injected: Pagefind in the browser, anything in tests.
 */
import { normalize, stripFillers, type CharMap } from './normalize';
import { applyRewrites, type Rewrites } from './expand';

export interface SearchData {
  /** Traditional → simplified characters. */
  t2s: CharMap;
  /** Reader phrase → article words (the synonym table editors keep in content/). */
  rewrites: Rewrites;
  /** Names readers use for each wallet → the wallet's filter value (its full name). */
  walletNames: Array<[alias: string, wallet: string]>;
}

export interface EngineHit { id: string; score: number }
/** One Pagefind-style search: every term must match; `wallet` restricts it to that wallet's pages. */
export type Engine = (query: string, wallet?: string) => Promise<EngineHit[]>;

export interface RankedHit extends EngineHit {
  /** How many of the query's terms this page matched (all of them for a whole-query hit). */
  matched: number;
  /** The page belongs to the wallet the query named. */
  own: boolean;
}

export interface SearchOutcome {
  /** The query after normalisation and rewriting: what was actually searched. */
  query: string;
  /** The wallet the query named (its pages rank first), if any. */
  wallet?: string | undefined;
  hits: RankedHit[];
  /** The separate terms searched when the whole query found too little (empty when not needed). */
  relaxedTerms: string[];
}

/** Fewer whole-query hits than this and the search is relaxed to separate terms. */
export const RELAX_BELOW = 3;

/** Rewrites run before filler is stripped: reader phrases like 密码忘了 include filler characters. */
export function prepareQuery(raw: string, data: SearchData): string {
  return stripFillers(applyRewrites(normalize(raw, data.t2s), data.rewrites));
}

/** Informative terms of a prepared query: words from the segmenter, filler and duplicates removed. */
export function queryTerms(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const terms: string[] = [];
  for (const part of query.split(' ')) {
    // Latin words and already-short chunks stay whole; Chinese runs are split into words.
    const words = /[\u4e00-\u9fff]/.test(part) && part.length > 2
      ? [...segmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment)
      : [part];
    for (const w of words) {
      const t = stripFillers(w);
      if (t && t === w && !terms.includes(t)) terms.push(t);
    }
  }
  return terms;
}

/**
 * Finds a wallet name in the query ("邮储钱包充值失败") and takes it out: the wallet becomes a
 * preference for its pages, and the rest ("充值失败") is what must match.
 */
export function detectWallet(query: string, walletNames: SearchData['walletNames']): { wallet?: string; rest: string } {
  const byLength = [...walletNames].sort((a, b) => b[0].length - a[0].length);
  for (const [alias, wallet] of byLength) {
    const at = query.toLowerCase().indexOf(alias.toLowerCase());
    if (at === -1) continue;
    // "邮储钱包…": the word 钱包 right after the wallet's name belongs to the name.
    const after = query.slice(at + alias.length).replace(/^\s*(数字)?钱包/, '');
    const rest = `${query.slice(0, at)} ${after}`.replace(/\s+/g, ' ').trim();
    return rest ? { wallet, rest } : { rest: query };
  }
  return { rest: query };
}

/** Whole-query hits, the named wallet's pages first. */
async function wholeQuery(query: string, wallet: string | undefined, engine: Engine): Promise<Array<EngineHit & { own: boolean }>> {
  if (!wallet) return (await engine(query)).map((h) => ({ ...h, own: false }));
  const [own, all] = await Promise.all([engine(query, wallet), engine(query)]);
  return [...own.map((h) => ({ ...h, own: true })), ...all.filter((h) => !own.some((o) => o.id === h.id)).map((h) => ({ ...h, own: false }))];
}

export async function search(raw: string, data: SearchData, engine: Engine): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw, data);
  if (!prepared) return { query: prepared, hits: [], relaxedTerms: [] };
  const { wallet, rest: query } = detectWallet(prepared, data.walletNames);
  const whole = await wholeQuery(query, wallet, engine);
  const terms = queryTerms(query);
  const hits: RankedHit[] = whole.map((h) => ({ ...h, matched: Math.max(terms.length, 1) }));
  if (whole.length >= RELAX_BELOW || terms.length < 2) return { query, wallet, hits, relaxedTerms: [] };

  // Relax: each term on its own, then pages that match more terms (and score higher) first.
  const perTerm = await Promise.all(terms.map((t) => wholeQuery(t, wallet, engine)));
  const merged = new Map<string, RankedHit>(hits.map((h) => [h.id, h]));
  perTerm.forEach((results) => {
    for (const r of results) {
      if (whole.some((w) => w.id === r.id)) continue;
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { id: r.id, score: seen.score + r.score, matched: seen.matched + 1, own: seen.own || r.own } : { id: r.id, score: r.score, matched: 1, own: r.own });
    }
  });
  // More matched terms first; among equals, the named wallet's pages (a reader who typed 邮储
  // wants the postal page even when a general page scores a little higher).
  const ranked = [...merged.values()].sort((a, b) => b.matched - a.matched || Number(b.own) - Number(a.own) || b.score - a.score);
  return { query, wallet, hits: ranked, relaxedTerms: terms };
}
