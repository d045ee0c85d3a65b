/**
 * Builds the answer index (src/lib/search/answers.ts) from the published articles and the
 * troubleshooters: per page its title, the ways readers ask for it (aliases), its summary and its
 * pinyin; written as key shards and doc chunks by src/pages/answers/[file].json.ts, described to
 * the search page by `meta`. Build time only (pinyin-pro stays out of the browser).
 */
import { pinyin } from 'pinyin-pro';
import {
  FIELD, encodePostings, shardCount, shardOf, textKeys, pinyinKeys, foldText,
  type AnswerDoc, type AnswerIndexMeta, type AnswerShard, type Readings,
} from '../lib/search/answers';

export interface AnswerSource {
  url: string;
  title: string;
  wallet: string;
  topic: string;
  /** Text the reader sees on the page: the answer paragraph or the description. */
  summary: string;
  kind: 'a' | 't';
  /** How readers ask for it. */
  aliases: string[];
  /** The rest of the page as plain text (headings, steps, explanations). */
  body: string;
}

export interface AnswerIndex {
  meta: AnswerIndexMeta;
  shards: AnswerShard[];
  chunks: AnswerDoc[][];
  /** Every pinyin syllable of the site, for splitting Latin queries. */
  syllables: string[];
  /** Pinyin syllable → the characters read that way, for matching homophones (密马 → 密码). */
  readings: Readings;
}

const CHUNK = 16;

/**
 * The 3,755 characters of GB 2312 level 1 (the commonly used ones): a reader's typo is usually a
 * common character that sounds like the right one (逾其 for 逾期), whether or not the site uses it.
 */
function commonCharacters(): string[] {
  const gb = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = gb.decode(new Uint8Array([row, cell]));
      if (/^[\u4e00-\u9fff]$/.test(ch)) out.push(ch);
    }
  }
  return out;
}

/** Characters grouped by their (most common) toneless reading: smaller than a map per character. */
function readingsOf(chars: Iterable<string>): Readings {
  const out: Readings = {};
  for (const ch of chars) {
    const reading = pinyin(ch, { toneType: 'none', v: true });
    out[reading] = (out[reading] ?? '') + ch;
  }
  return out;
}

/** The syllables of a Chinese run, one per character. */
function syllablesOf(text: string): string[][] {
  return [...foldText(text).matchAll(/[\u3400-\u9fff]+/g)].map(([run]) => pinyin(run, { toneType: 'none', type: 'array', v: true }));
}

/** @param intentUrls pages a search rule can put first: the index tells the browser where they are. */
export function buildAnswerIndex(intentUrls: string[], unordered: AnswerSource[]): AnswerIndex {
  // Wallet by wallet, so the meta can describe every doc's wallet in a few runs.
  const walletOrder = [...new Set(unordered.map((d) => d.wallet))];
  const sources = [...unordered].sort((a, b) => walletOrder.indexOf(a.wallet) - walletOrder.indexOf(b.wallet));
  const shardTotal = shardCount(sources.length);
  const shards: AnswerShard[] = Array.from({ length: shardTotal }, () => ({}));
  const syllables = new Set<string>();
  const readingChars = new Set(commonCharacters());
  const postings = new Map<string, Array<[doc: number, field: number]>>();

  sources.forEach((doc, index) => {
    // The strongest field a key appears in counts.
    const best = new Map<string, number>();
    const add = (keys: string[], weight: number) => {
      for (const key of keys) if ((best.get(key) ?? 0) < weight) best.set(key, weight);
    };
    const withPinyin = (text: string, weight: number) => {
      add(textKeys(text), weight);
      for (const run of syllablesOf(text)) {
        run.forEach((s) => syllables.add(s));
        add(pinyinKeys(run), weight);
      }
      for (const ch of text.match(/[\u3400-\u9fff]/g) ?? []) readingChars.add(ch);
    };
    withPinyin(doc.title, FIELD.title);
    doc.aliases.forEach((a) => withPinyin(a, FIELD.alias));
    add(textKeys(doc.summary), FIELD.summary);
    add(textKeys(doc.body), FIELD.body);
    for (const [key, weight] of best) (postings.get(key) ?? postings.set(key, []).get(key)!).push([index, weight]);
  });
  for (const [key, pairs] of postings) shards[shardOf(key, shardTotal)]![key] = encodePostings(pairs);

  const chunks: AnswerDoc[][] = [];
  sources.forEach((d, i) => (chunks[Math.floor(i / CHUNK)] ??= []).push([d.url, d.title, d.wallet, d.topic, d.summary, d.kind]));
  const build = hashOf(JSON.stringify(chunks)).toString(36);
  const intentDocs = Object.fromEntries(intentUrls.map((url) => [url, sources.findIndex((d) => d.url === url)]).filter(([, i]) => (i as number) >= 0));
  const walletRuns: AnswerIndexMeta['walletRuns'] = [];
  for (const { wallet } of sources) {
    const last = walletRuns.at(-1);
    if (last?.[0] === wallet) last[1]++;
    else walletRuns.push([wallet, 1]);
  }
  return { meta: { docs: sources.length, shards: shardTotal, chunk: CHUNK, build, intentDocs, walletRuns }, shards, chunks, syllables: [...syllables].sort(), readings: readingsOf(readingChars) };
}

function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The first paragraph of an MDX body as the reader sees it: the house style puts the short answer
 * there. Markup, links and components are reduced to their text.
 */
/** What inline components show in place of their tag: an article link its title, a contact its value. */
export interface InlineText {
  articleTitle: (id: string) => string | undefined;
  contactValue: (id: string) => string | undefined;
}

/**
 * The article's answer paragraph (the first prose paragraph) as the reader sees it: inline
 * <ArticleLink> and <Contact> read as the title and the number they show, other markup dropped.
 */
export function firstParagraph(body: string, inline: InlineText): string {
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text || /^(#|<|import |export |\||-|\d+\.|>|```)/.test(text)) continue;
    return text
      .replace(/<ArticleLink\s+to="([^"]+)"\s*\/>/g, (_, id: string) => inline.articleTitle(id) ?? '')
      .replace(/<Contact\s+id="([^"]+)"\s*\/>/g, (_, id: string) => inline.contactValue(id) ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s*\n\s*/g, '')
      .trim();
  }
  return '';
}

/** An MDX body as the words a reader sees: no code, no component tags, link text kept. */
export function plainText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|-]/g, ' ');
}
