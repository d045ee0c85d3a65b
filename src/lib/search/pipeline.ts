/**
 * From what a reader typed to the pages that answer it. The query is normalised (traditional to
 * simplified, the site's spelling, readers' phrases to the articles' words, the wallet it names),
 * then answered from the answer index (./answer-search.ts) with Pagefind's full text as a fallback.
 * Fetching and Pagefind are injected: the browser passes the real ones, tests their own.
 */
import { normalize, stripFillers, type CharMap } from './normalize';
import { applyLoneWords, applyRewrites, type LoneWords, type Rewrites } from './expand';
import { searchAnswers, type AnswerHit, type AnswerSearchData, type Fetcher } from './answer-search';

export interface SearchData {
  /** Traditional → simplified characters. */
  t2s: CharMap;
  /** Reader phrase → article words (the synonym table editors keep in content/). */
  rewrites: Rewrites;
  /** Names readers use for each wallet → the wallet's filter value (its full name). */
  walletNames: Array<[alias: string, wallet: string]>;
  /** Characters that stand for a word when they stand alone (充 → 充值), from the synonym table. */
  lone: LoneWords;
}

/** Rewrites run before filler is stripped: reader phrases like 密码忘了 include filler characters. */
export function prepareQuery(raw: string, data: SearchData): string {
  return stripFillers(applyRewrites(normalize(raw, data.t2s), data.rewrites));
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

/**
 * The whole search: the answer index first (title and reader phrasings outrank mere mentions,
 * scam patterns put their anti-fraud page first), Pagefind's full text only when the index finds
 * too few answers — and then only pages that hold every word, never a relaxation to single
 * characters. No informative word at all: an honest empty state.
 */
export interface Found {
  url: string;
  title: string;
  /** Wallet and topic ids (troubleshooters serving several wallets have none). */
  wallet: string;
  topic: string;
  /** Text the reader sees on that page: its answer paragraph, or a passage Pagefind found. */
  excerpt: string;
  /** Words to highlight in the excerpt. */
  highlight: string[];
  /** Put first by a scam-pattern rule. */
  intent?: string | undefined;
}

export interface SearchResults {
  /** What was searched after normalising. */
  query: string;
  articles: Found[];
  troubleshooters: Found[];
  /** Pagefind's full text was needed. */
  fromBody: boolean;
}

/** One Pagefind full-text search: every word must match. */
export type BodyEngine = (query: string) => Promise<Found[]>;

/** Fewer answers than this and the full text is searched too. */
export const BODY_BELOW = 3;

export interface SearchInput {
  raw: string;
  data: SearchData & AnswerSearchData & { walletIds: Record<string, string>; fixes: Rewrites };
  fetcher: Fetcher;
  body?: BodyEngine | undefined;
  onlyWallet?: string | undefined;
  onlyTopic?: string | undefined;
}

export async function search({ raw, data, fetcher, body, onlyWallet, onlyTopic }: SearchInput): Promise<SearchResults> {
  // The site's own spelling first (登陆 → 登录, 帐 → 账), then the readers' phrases.
  const prepared = prepareQuery(applyRewrites(normalize(raw, data.t2s), data.fixes), data);
  if (!prepared) return { query: prepared, articles: [], troubleshooters: [], fromBody: false };
  const { wallet, rest: withoutWallet } = detectWallet(prepared, data.walletNames);
  // After the filler and the wallet's name are gone, a verb may stand alone (「钱包怎么开」 → 开).
  const rest = applyLoneWords(withoutWallet, data.lone);
  // The same query without the synonym rewrites: some pages use the reader's own word.
  const asTyped = detectWallet(stripFillers(applyRewrites(normalize(raw, data.t2s), data.fixes)), data.walletNames).rest;
  const answers = await searchAnswers({ text: rest, alternatives: [asTyped], intentText: `${prepared} ${normalize(raw, data.t2s)}`, wallet: wallet && data.walletIds[wallet], onlyWallet, onlyTopic }, data, fetcher);
  const toFound = (h: AnswerHit): Found => ({
    url: h.doc[0], title: h.doc[1], wallet: h.doc[2], topic: h.doc[3], excerpt: h.doc[4], highlight: h.keys, intent: h.intent,
  });
  const articles = answers.articles.map(toFound);
  let fromBody = false;
  // Full text only adds to answers the index found: for a question no page is about, it would return pages that merely share its words.
  if (articles.length > 0 && articles.length < BODY_BELOW && body && answers.informative) {
    const extra = (await body(rest)).filter((f) => !articles.some((a) => a.url === f.url));
    fromBody = extra.length > 0;
    articles.push(...extra);
  }
  return { query: rest, articles, troubleshooters: answers.troubleshooters.map(toFound), fromBody };
}
