/**
 * Search over the answer index in the browser: which pages answer what the reader typed, best
 * first. A page whose title or reader phrasings hold the query's informative words beats a page
 * that only mentions them; words the handbook never uses (「昨天晚上8点」 in a long story) do not
 * count against a page; single characters and question words never match on their own. Known scam
 * patterns put the matching anti-fraud page first, whatever else matches. Fetching is injected:
 * the browser fetches the index files, tests read them from disk.
 */
import {
  FIELD, decodePostings, docFile, walletLookup, foldText, hanBigrams, latinWords, pinyinKeys, readingsFile, shardFile, shardOf, splitPinyin,
  type AnswerDoc, type AnswerIndexMeta, type AnswerShard, type Readings,
} from './answers';
import { readingOf, soundBigrams } from './sounds';

/** Bigrams that carry no meaning on their own: question words and the parts of wallet names. */
export const STOP_KEYS = new Set([
  '怎么', '么办', '如何', '什么', '为什', '么回', '回事', '怎样', '请问', '可以', '能不', '不能', '一下', '这个', '那个',
  '钱包', '数字', '的钱', '了吗', '是不', '不是', '有没', '没有', '我的', '现在', '已经', '还是', '应该', '需要',
  '去哪', '哪里', '哪个', '哪儿', '要不', '会不', '是否', '为啥', '咋整', '咋办', '还能', '能够', '一直', '还要', '好还',
  '第一', '一次', '刚才', '刚刚', '之前', '以前', '昨天', '今天', '明天',
]);

/** Words for a day: the next character often starts a word with 天 (天气, 天猫), and 天天 is a word too. */
const DAYS = new Set(['今天', '明天', '昨天', '前天', '后天', '当天', '每天']);

/** A bigram that shares its first character with a day before it is a seam (明天|天气 gives 天天), not a word. */
function straddlesDay(bigrams: string[], i: number): boolean {
  const before = bigrams[i - 1];
  return before !== undefined && DAYS.has(before) && before[1] === bigrams[i]![0];
}

/** Latin words that are words, not pinyin: kept whole. */
export const LATIN_WORDS = new Set(['app', 'e-cny', 'ecny', 'dcep', 'nfc', 'sim', 'id', 'qq', 'apk', 'pos', 'atm', 'vip', 'ok', 'wifi', 'wi-fi', '5g', '4g']);

export interface Intent {
  id: string;
  /** Regular expressions over the folded query (traditional already simplified). */
  when: string[];
  /** Article URLs to put first, in order. */
  urls: string[];
}

export interface AnswerSearchData {
  meta: AnswerIndexMeta;
  syllables: string[];
  intents: Intent[];
}

export interface AnswerHit {
  doc: AnswerDoc;
  index: number;
  /** Share of the query's informative weight this page matches (0–1). */
  coverage: number;
  /** Share matched in the title alone. */
  titleCoverage: number;
  /** Put first by a scam-pattern rule. */
  intent?: string;
  /** The informative keys this page matched, for highlighting. */
  keys: string[];
}

export interface AnswerResults {
  articles: AnswerHit[];
  troubleshooters: AnswerHit[];
  /** The query had words the handbook uses at all (false: an honest empty state). */
  informative: boolean;
}

export type Fetcher = (url: string) => Promise<unknown>;

export interface AnswerQuery {
  /** Normalised query (traditional → simplified, synonyms rewritten). */
  text: string;
  /** Other forms of the same query (as typed, without the synonym rewrites). */
  alternatives?: string[] | undefined;
  /** The whole query for the scam rules (the wallet name is part of a red-packet scam's wording). */
  intentText?: string | undefined;
  /** Wallet id the reader named, preferred in ties. */
  wallet?: string | undefined;
  /** Filters from the form. */
  onlyWallet?: string | undefined;
  onlyTopic?: string | undefined;
}

/** The keys of a query: Chinese bigrams (no stop words), Latin words, pinyin typed with the input method off. */
export function queryKeys(text: string, syllables: ReadonlySet<string>): string[] {
  const folded = foldText(text);
  const keys = hanBigrams(folded).filter((k, i, all) => !STOP_KEYS.has(k) && !straddlesDay(all, i));
  const onlyLatin = !/[\u3400-\u9fff]/.test(folded);
  for (const word of latinWords(folded)) {
    const letters = word.slice(2).replace(/-/g, '');
    if (LATIN_WORDS.has(word.slice(2)) || /\d/.test(letters) || !splitPinyin(letters, syllables)) keys.push(word);
  }
  // Pinyin: the Latin letters of the query as syllables (zhifu shibai), or as initials (smrz).
  const latin = folded.match(/[a-z]+(?: [a-z]+)*/g) ?? [];
  for (const run of latin) {
    const letters = run.replace(/ /g, '');
    if (LATIN_WORDS.has(run) || letters.length < 2) continue;
    const split = splitPinyin(letters, syllables);
    if (split && split.length >= 2) keys.push(...pinyinKeys(split).filter((k) => k.startsWith('p:')));
    // Initials only when the whole query is Latin letters (smrz), not for a stray Latin word (usdt).
    else if (!split && onlyLatin && /^[a-z]{2,8}$/.test(letters)) {
      for (let i = 0; i + 1 < letters.length; i++) keys.push(`i:${letters[i]}${letters[i + 1]}`);
    }
  }
  return [...new Set(keys)];
}

interface Posting { doc: number; field: number }

/** Where a key occurs, and on how many pages in all (a very common key's body mentions are not shipped). */
interface KeyPostings { list: Posting[]; pages: number }

const NONE: KeyPostings = { list: [], pages: 0 };

/** The pages the reader asked about: a wallet they named or filtered on (and the shared sections). */
type Shelf = (doc: number) => boolean;

const hanCount = (text: string) => (text.match(/[\u3400-\u9fff]/g) ?? []).length;

async function postings(keys: string[], meta: AnswerIndexMeta, fetcher: Fetcher): Promise<Map<string, KeyPostings>> {
  const needed = [...new Set(keys.map((k) => shardOf(k, meta.shards)))];
  const shards = await Promise.all(needed.map(async (n) => [n, (await fetcher(shardFile(meta, n))) as AnswerShard] as const));
  const byShard = new Map(shards);
  const out = new Map<string, KeyPostings>();
  for (const key of keys) {
    const { pairs, pages } = decodePostings(byShard.get(shardOf(key, meta.shards))?.[key] ?? []);
    out.set(key, { list: pairs.map(([doc, field]) => ({ doc, field })), pages });
  }
  return out;
}

interface Scored {
  index: number;
  coverage: number;
  titleCoverage: number;
  keys: string[];
  /** How well the page answers the weaker of the query's two forms (as typed, as rewritten). */
  agreement?: number;
}

/**
 * How much an unknown word of the query weighs against every page: fully in a short question (a
 * short question about 基金 or 补办身份证 is about something the handbook does not cover), little
 * in a long story, whose times, amounts and people no page mentions.
 */
export function unknownWeight(hanChars: number): number {
  if (hanChars <= 12) return 1;
  if (hanChars >= 24) return 0.15;
  return 1 - ((hanChars - 12) / 12) * 0.85;
}

/**
 * Words of the query the handbook never uses, counted as words: a bigram next to a known one is
 * only the seam between two words (付款|密码 gives 款密) and says nothing; a run of unknown
 * bigrams is an unknown stretch of text, about one word per two characters (补办 is one word,
 * 升到二类 two, not three).
 */
export function unknownWordCount(text: string, known: (key: string) => boolean): number {
  let words = 0;
  for (const [run] of foldText(text).matchAll(/[\u3400-\u9fff]+/g)) {
    const keys = [...run].slice(0, -1).map((ch, i) => ch + run[i + 1]!);
    let stretch = 0;
    const close = () => {
      if (stretch) words += Math.ceil((stretch + 1) / 2);
      stretch = 0;
    };
    keys.forEach((key, i) => {
      const seam = (i > 0 && known(keys[i - 1]!)) || (i + 1 < keys.length && known(keys[i + 1]!));
      if (known(key) || STOP_KEYS.has(key) || seam) close();
      else stretch++;
    });
    close();
  }
  return words;
}

/** Coverage of the informative keys per document; `missing` is the weight of the query's words no page has. */
function score(keys: string[], found: Map<string, KeyPostings>, docs: number, factor = 1, missing = 0): Map<number, Scored> {
  // A key weighs by how rare it is (idf) and by the strongest place any page has it: a word that
  // only ever turns up in passing (卡里, 里没 across a word boundary) cannot carry a question.
  const weights = new Map<string, number>();
  for (const key of keys) {
    const { list, pages } = found.get(key) ?? NONE;
    if (!list.length) continue;
    const strongest = Math.max(...list.map((p) => fieldShare(p.field)));
    weights.set(key, Math.log(1 + docs / pages) * strongest);
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0) + missing;
  const scored = new Map<number, Scored>();
  if (total === 0) return scored;
  for (const [key, weight] of weights) {
    const { list } = found.get(key)!;
    const strongest = Math.max(...list.map((p) => fieldShare(p.field)));
    for (const { doc, field } of list) {
      const s = scored.get(doc) ?? { index: doc, coverage: 0, titleCoverage: 0, keys: [] };
      s.coverage += (weight * factor * (fieldShare(field) / strongest)) / total;
      if (field === FIELD.title) s.titleCoverage += (weight * factor) / total;
      s.keys.push(key);
      scored.set(doc, s);
    }
  }
  return scored;
}

/** A key in the title or a reader phrasing counts fully; in the answer paragraph less; elsewhere on the page little. */
function fieldShare(field: number): number {
  return field >= FIELD.alias ? 1 : field >= FIELD.summary ? 0.6 : 0.35;
}

/**
 * The postings of the pages on a shelf (all of them without one). Body mentions that were not
 * shipped are assumed to fall on the shelf in the same share as the ones that were.
 */
function onShelf(found: Map<string, KeyPostings>, shelf?: Shelf): Map<string, KeyPostings> {
  if (!shelf) return found;
  return new Map([...found].map(([key, { list, pages }]) => {
    const kept = list.filter((p) => shelf(p.doc));
    const unshipped = pages - list.length;
    return [key, { list: kept, pages: kept.length + (list.length ? Math.round((unshipped * kept.length) / list.length) : 0) }];
  }));
}

/** Keeps, per page, the better of two scorings (coverage and title coverage each at their best). */
function mergeBest(into: Map<number, Scored>, from: Map<number, Scored>): void {
  for (const [doc, s] of from) {
    const had = into.get(doc);
    if (!had) into.set(doc, s);
    else {
      into.set(doc, {
        ...had,
        coverage: Math.max(had.coverage, s.coverage),
        titleCoverage: Math.max(had.titleCoverage, s.titleCoverage),
        keys: [...new Set([...had.keys, ...s.keys])],
      });
    }
  }
}

/**
 * Sections that serve readers of every wallet: general questions, troubleshooters for several
 * wallets (no wallet of their own), and repaying bills from any wallet.
 */
const SHARED_SECTIONS = new Set(['general', '', 'repayment']);

/** Questions longer than this (in Chinese characters) are not tried with fuzzy sounds. */
const FUZZY_MAX_CHARS = 10;

/** Rank bonus for answering both forms of the query, per unit of the weaker form's coverage. */
const AGREEMENT_WEIGHT = 0.25;

/** Pages ranked in full (their doc files fetched): a results page shows ten, troubleshooters apart. */
const MAX_RANKED = 12;
/** With a topic filter, which needs the doc files to apply, more are fetched. */
const MAX_RANKED_FILTERED = 40;

/** A page answers when it matches at least this share of the query's informative weight… */
export const ANSWER_THRESHOLD = 0.34;
/** …and at least this share of what the best page matches. */
export const RELATIVE_THRESHOLD = 0.4;

/** What scoring one form of a query needs: the index and how to fetch its files. */
interface IndexAccess {
  meta: AnswerIndexMeta;
  syllables: ReadonlySet<string>;
  fetcher: Fetcher;
  readingsFetcher: Fetcher;
}

/**
 * Scores one form of the query against every page. `shelf`: the pages the reader asked about.
 * Words weigh by how rare they are on that shelf, so a detail only another wallet's page mentions
 * (转账给朋友) does not outweigh the shelf's own page; words known elsewhere are still words, not
 * unknowns. `informative`: the form has a word the handbook uses at all.
 */
async function scoreForm(text: string, index: IndexAccess, shelf?: Shelf): Promise<{ scored: Map<number, Scored>; informative: boolean }> {
  const { meta, fetcher } = index;
  const keys = queryKeys(text, index.syllables);
  const found = await postings(keys, meta, fetcher);
  // A word the handbook only mentions in passing (屏幕 in 屏幕共享) does not make a question one it answers.
  const known = (key: string) => (found.get(key) ?? NONE).list.some((p) => p.field >= FIELD.summary);
  // Unknown Latin words count (usdt); amounts, times and dates in a story do not.
  const unknownWords = keys.filter((k) => k.startsWith('w:') && !/^w:[\d-]+$/.test(k) && !known(k)).length;
  const missing = (unknownWordCount(text, known) + unknownWords) * unknownWeight(hanCount(text)) * Math.log(1 + meta.docs / 2);
  const scored = score(keys, onShelf(found, shelf), meta.docs, 1, missing);

  // Sounds-alike: when the characters as typed match weakly, try their pinyin (typos by homophone).
  const best = Math.max(0, ...[...scored.values()].map((s) => s.coverage));
  if (best < 0.8 && hanCount(text) > 0) {
    const reading = readingOf((await index.readingsFetcher(readingsFile(meta))) as Readings);
    const bigrams = soundBigrams(text, reading, (pair) => STOP_KEYS.has(pair));
    if (bigrams.length) {
      const sounds = await postings(bigrams.map((b) => b.exact), meta, fetcher);
      const heard = (key: string) => (sounds.get(key) ?? NONE).list.some((p) => p.field >= FIELD.summary);
      // Fuzzy sounds only where the exact sound matches nothing, and only in short questions
      // (each bigram has up to eight fuzzy forms, each a key to fetch).
      const unheard = bigrams.filter((b) => !heard(b.exact));
      if (unheard.length && hanCount(text) <= FUZZY_MAX_CHARS) {
        for (const [key, list] of await postings(unheard.flatMap((b) => b.fuzzy), meta, fetcher)) sounds.set(key, list);
      }
      const soundKeys = bigrams.map((b) => (heard(b.exact) ? b.exact : b.fuzzy.find(heard) ?? b.exact));
      const silent = soundKeys.filter((k) => !heard(k)).length;
      // The words that matched nothing as typed still count against every page here.
      mergeBest(scored, score(soundKeys, onShelf(sounds, shelf), meta.docs, 0.9, missing + silent * Math.log(1 + meta.docs / 2)));
    }
  }
  return { scored, informative: keys.some(known) };
}

export async function searchAnswers(query: AnswerQuery, data: AnswerSearchData, fetcher: Fetcher, readingsFetcher = fetcher): Promise<AnswerResults> {
  const { meta } = data;
  const index: IndexAccess = { meta, syllables: new Set(data.syllables), fetcher, readingsFetcher };
  let informative = false;

  // The query as rewritten (readers' phrases in the articles' words) and as typed: a page matches
  // whichever form it answers better.
  const scoreQuery = async (shelf?: Shelf) => {
    const main = await scoreForm(query.text, index, shelf);
    const scored = main.scored;
    informative ||= main.informative;
    for (const other of query.alternatives ?? []) {
      if (!other || other === query.text) continue;
      const alternative = await scoreForm(other, index, shelf);
      informative ||= alternative.informative;
      // A page that answers both the reader's own words and our reading of them (人工客服 read as
      // 客服) beats one that answers only the reading.
      const agreement = new Map([...scored].map(([doc, s]) => [doc, Math.min(s.coverage, alternative.scored.get(doc)?.coverage ?? 0)]));
      mergeBest(scored, alternative.scored);
      for (const [doc, s] of scored) s.agreement = agreement.get(doc) ?? 0;
    }
    return scored;
  };

  const intentUrls = matchIntents(query.intentText ?? query.text, data.intents);
  const hanChars = hanCount(query.text);
  // A long story shares only its core with any page, and its incidental words (卖家, 网上) favour
  // whichever page happens to mention them: both bars are lower.
  const leniency = unknownWeight(hanChars) ** 0.5;
  const floor = ANSWER_THRESHOLD * leniency;
  const walletOf = walletLookup(meta.walletRuns);
  const scamPages = new Set(Object.values(meta.intentDocs ?? {}));
  const serves = (wallet: string) => (doc: number) => walletOf(doc) === wallet || SHARED_SECTIONS.has(walletOf(doc));
  const bestOf = (list: Scored[]) => Math.max(0, ...list.map((s) => s.coverage));

  const filtered = query.onlyWallet ? serves(query.onlyWallet) : undefined;
  let pool = [...(await scoreQuery(filtered)).values()].filter((s) => !filtered || filtered(s.index));
  // A reader who names a wallet is answered from that wallet's pages and the general ones; another
  // wallet's page only when none of those answers.
  if (query.wallet) {
    const named = serves(query.wallet);
    const shelf = (doc: number) => named(doc) && (!filtered || filtered(doc));
    const own = [...(await scoreQuery(shelf)).values()].filter((s) => shelf(s.index));
    if (bestOf(own) >= floor) pool = own;
  }
  // The question is one the handbook answers when its best page matches a good share of the
  // informative words; the other answers hold their own against that page.
  const best = bestOf(pool);
  const ranking: Ranking = { wallet: query.wallet, walletOf, scamPages };
  // Only the best few pages are ranked in full: their doc files (titles) are fetched, and each
  // fetch costs bytes and time on a large site.
  const candidates = best < floor ? [] : pool
    .filter((s) => s.coverage >= RELATIVE_THRESHOLD * leniency * best)
    .sort((a, b) => baseRank(b, ranking) - baseRank(a, ranking))
    .slice(0, query.onlyTopic ? MAX_RANKED_FILTERED : MAX_RANKED);
  const docs = await loadDocs(candidates.map((c) => c.index), meta, fetcher);
  const fullRank = (h: AnswerHit) => baseRank(h, ranking) + 0.3 * titlePrecision(h);
  const hits: AnswerHit[] = candidates
    .map((s) => ({ ...s, doc: docs.get(s.index)! }))
    .filter((h) => !query.onlyTopic || h.doc[3] === query.onlyTopic)
    .sort((a, b) => fullRank(b) - fullRank(a));

  // Scam patterns: their anti-fraud pages go first, even when other pages match the words better.
  const intentHits = await intentPages(intentUrls, hits, meta, fetcher);
  const articles = [...intentHits, ...hits.filter((h) => h.doc[5] === 'a' && !intentHits.some((i) => i.index === h.index))];
  return { articles, troubleshooters: hits.filter((h) => h.doc[5] === 't').slice(0, 2), informative: informative || intentHits.length > 0 };
}

interface Ranking {
  /** The wallet the reader named. */
  wallet: string | undefined;
  walletOf: (doc: number) => string;
  /** Doc indexes of the anti-fraud pages the scam rules put first. */
  scamPages: ReadonlySet<number>;
}

/** A page's rank from what the index says about it, before its doc file is fetched. */
function baseRank(s: Scored, { wallet, walletOf, scamPages }: Ranking): number {
  const section = walletOf(s.index);
  const own = wallet && section === wallet ? 0.2 : 0;
  const otherWallet = wallet && section !== wallet && !SHARED_SECTIONS.has(section) ? -0.2 : 0;
  // A reader who names no wallet may use any: of two pages that answer alike, the one for every wallet.
  // (Anti-fraud pages are general too, but they go first through the scam rules, not through this.)
  const forAll = !wallet && section === 'general' && !scamPages.has(s.index) ? 0.1 : 0;
  return Math.min(s.coverage, 1.2) + 0.3 * s.titleCoverage + AGREEMENT_WEIGHT * (s.agreement ?? 0) + own + otherWallet + forAll;
}

/** Of two titles that both say it, the one that says little else is about it (0–1). */
function titlePrecision(hit: AnswerHit): number {
  const titleKeys = hit.keys.filter((k) => hit.doc[1].includes(k)).length;
  return Math.min(1, (2 * titleKeys) / Math.max(4, (hit.doc[1].match(/[\u3400-\u9fff]/g) ?? []).length));
}

export function matchIntents(text: string, intents: Intent[]): Array<{ id: string; url: string }> {
  const folded = foldText(text).replace(/ /g, '');
  const out: Array<{ id: string; url: string }> = [];
  for (const intent of intents) {
    if (!intent.when.some((w) => new RegExp(w).test(folded))) continue;
    for (const url of intent.urls) if (!out.some((o) => o.url === url)) out.push({ id: intent.id, url });
  }
  return out;
}

/** The docs of the intent URLs, found through the index's own title keys of those pages. */
async function intentPages(intents: Array<{ id: string; url: string }>, hits: AnswerHit[], meta: AnswerIndexMeta, fetcher: Fetcher): Promise<AnswerHit[]> {
  if (!intents.length) return [];
  const out: AnswerHit[] = [];
  for (const { id, url } of intents) {
    const already = hits.find((h) => h.doc[0] === url);
    if (already) { out.push({ ...already, intent: id }); continue; }
    const located = await locate(url, meta, fetcher);
    if (located) out.push({ ...located, coverage: 0, titleCoverage: 0, keys: [], intent: id });
  }
  return out;
}

/** Intent targets are few: the search data carries their doc index, so no scan is needed. */
async function locate(url: string, meta: AnswerIndexMeta, fetcher: Fetcher): Promise<{ doc: AnswerDoc; index: number } | undefined> {
  const index = meta.intentDocs?.[url];
  if (index === undefined) return undefined;
  const docs = await loadDocs([index], meta, fetcher);
  const doc = docs.get(index);
  return doc ? { doc, index } : undefined;
}

async function loadDocs(indexes: number[], meta: AnswerIndexMeta, fetcher: Fetcher): Promise<Map<number, AnswerDoc>> {
  const chunks = [...new Set(indexes.map((i) => Math.floor(i / meta.chunk)))];
  const loaded = await Promise.all(chunks.map(async (c) => [c, (await fetcher(docFile(meta, c))) as AnswerDoc[]] as const));
  const byChunk = new Map(loaded);
  return new Map(indexes.map((i) => [i, byChunk.get(Math.floor(i / meta.chunk))![i % meta.chunk]!]));
}
