/**
 * The answer index: what each page is about (its title, the ways readers ask for it, its summary),
 * split into small files so a search fetches only the pieces its words need. Built at build time
 * (src/build/answer-index.ts) and read in the browser (./answer-search.ts); both tokenise with the
 * functions here, so a word is the same key on both sides.
 *
 * Keys are character bigrams of Chinese text (robust where word segmentation differs between
 * Node and the browser, and never a single character), whole Latin words, and bigrams of pinyin
 * syllables and initials so 「zhifu shibai」 and 「smrz」 typed with the input method off still match.
 */

/** A page in the index: [url, title, wallet id, topic id, summary, kind]. Arrays keep the files small. */
export type AnswerDoc = [url: string, title: string, wallet: string, topic: string, summary: string, kind: 'a' | 't'];

/** Pinyin syllable (no tones) → the characters read that way. */
export type Readings = Record<string, string>;

/**
 * key → flat pairs [docIndex, fieldWeight, docIndex, fieldWeight, …]. A key that the bodies of
 * very many pages mention keeps only its title, phrasing and summary postings, and starts with the
 * pair [-pages, 0] so a search still knows how common it is (see BODY_POSTINGS_MAX).
 */
export type AnswerShard = Record<string, number[]>;

/**
 * Body mentions of a key kept at most: a word in the bodies of hundreds of pages says little
 * about which page answers, and its postings were most of what a first search fetched on a
 * 10,000-page site.
 */
export const BODY_POSTINGS_MAX = 256;

/** A key's postings as stored: body mentions dropped when there are too many (see AnswerShard). */
export function encodePostings(pairs: Array<[doc: number, field: number]>): number[] {
  const body = pairs.filter(([, field]) => field === FIELD.body).length;
  if (body <= BODY_POSTINGS_MAX) return pairs.flat();
  return [-pairs.length, 0, ...pairs.filter(([, field]) => field !== FIELD.body).flat()];
}

/** A key's postings and on how many pages it occurs in all. */
export function decodePostings(flat: number[]): { pairs: Array<[doc: number, field: number]>; pages: number } {
  const truncated = flat.length > 0 && flat[0]! < 0;
  const pairs: Array<[number, number]> = [];
  for (let i = truncated ? 2 : 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  return { pairs, pages: truncated ? -flat[0]! : pairs.length };
}

export interface AnswerIndexMeta {
  /** Number of documents. */
  docs: number;
  /** Number of key shards (a power of two). */
  shards: number;
  /** Documents per doc file. */
  chunk: number;
  /** Build id, so a page never mixes files of two builds. */
  build: string;
  /** Doc index of each page a search rule can put first (content/search-intents.yaml). */
  intentDocs?: Record<string, number>;
  /**
   * The wallet of every doc as runs [wallet id, count] (docs are stored wallet by wallet), so a
   * search can prefer the wallet a reader named before it fetches any doc file.
   */
  walletRuns: Array<[wallet: string, count: number]>;
}

/** Doc index → wallet id, from the runs in the index's meta. */
export function walletLookup(runs: AnswerIndexMeta['walletRuns']): (doc: number) => string {
  const wallets = runs.flatMap(([wallet, count]) => Array<string>(count).fill(wallet));
  return (doc) => wallets[doc] ?? '';
}

/** Where a key was found, strongest first: the title, a reader's phrasing, the summary, the rest of the page. */
export const FIELD = { title: 6, alias: 4, summary: 2, body: 1 } as const;

export const ANSWER_INDEX_DIR = '/answers/';
export const shardFile = (meta: Pick<AnswerIndexMeta, 'build'>, shard: number) => `${ANSWER_INDEX_DIR}k${shard}.${meta.build}.json`;
export const docFile = (meta: Pick<AnswerIndexMeta, 'build'>, chunk: number) => `${ANSWER_INDEX_DIR}d${chunk}.${meta.build}.json`;
export const readingsFile = (meta: Pick<AnswerIndexMeta, 'build'>) => `${ANSWER_INDEX_DIR}r.${meta.build}.json`;

/** FNV-1a: a stable, cheap hash for choosing a key's shard. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** Shards for a site of `docs` pages: about eight pages' worth of keys in each. */
export function shardCount(docs: number): number {
  let n = 8;
  while (n < docs / 8 && n < 256) n *= 2;
  return n;
}

const HAN = /[\u3400-\u9fff]+/g;
const LATIN = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Lower case, full-width to half-width, punctuation to spaces. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Bigrams of every Chinese run (a one-character run gives nothing: single characters match everything). */
export function hanBigrams(text: string): string[] {
  const keys: string[] = [];
  for (const [run] of text.matchAll(HAN)) for (let i = 0; i + 1 < run.length; i++) keys.push(run.slice(i, i + 2));
  return keys;
}

/** Whole Latin words (e-cny, app, nfc), prefixed so they never collide with pinyin keys. */
export function latinWords(text: string): string[] {
  return [...text.matchAll(LATIN)].map(([w]) => `w:${w}`);
}

/** Keys of a run of pinyin syllables: syllable bigrams and initial bigrams. */
export function pinyinKeys(syllables: string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) {
    keys.push(`p:${syllables[i]}${syllables[i + 1]}`, `i:${syllables[i]![0]}${syllables[i + 1]![0]}`);
  }
  return keys;
}

/** Every key of a piece of text (Chinese bigrams and Latin words). */
export function textKeys(text: string): string[] {
  const folded = foldText(text);
  return [...hanBigrams(folded), ...latinWords(folded)];
}

/**
 * Splits Latin letters typed with the input method off into pinyin syllables (「zhifushibai」 →
 * zhi fu shi bai), preferring longer syllables and backing off where that leads nowhere
 * (「fangan」 → fang an); undefined when the letters are not pinyin.
 */
export function splitPinyin(letters: string, syllables: ReadonlySet<string>, from = 0): string[] | undefined {
  if (from === letters.length) return [];
  for (let len = Math.min(6, letters.length - from); len > 0; len--) {
    const syllable = letters.slice(from, from + len);
    if (!syllables.has(syllable)) continue;
    const rest = splitPinyin(letters, syllables, from + len);
    if (rest) return [syllable, ...rest];
  }
  return undefined;
}
