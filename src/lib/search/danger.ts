/**
 * Danger recognition: does a search come from someone being scammed right now, or who has just
 * lost money? Then the search page puts 110 and 96110 above everything else. It is separate from
 * ranking and needs no index: the phrases editors keep in content/danger-signs.yaml are compiled at
 * build time into the page's own data, so the answer comes before (and without) any fetch.
 *
 * A phrase is one or more fixed segments with bounded gaps (「让我…共享屏幕」), matched with
 * indexOf over a query folded as ranking folds it: no regular expression, linear in the query.
 * Pure: runs in the browser and in the content check (which uses `compilePhrase` and `phraseMatches`
 * to refuse duplicates and shadowed phrases).
 */
import { normalize, type CharMap } from './normalize';
import { applyRewrites, type Rewrites } from './expand';

/** The gap editors write between two parts of a phrase. */
export const GAP_MARK = '…';
/** Characters a gap may hold: enough for 「让我在手机上…共享屏幕」, not for two unrelated sentences. */
export const GAP_CHARS = 12;
/** A reader's search is a question, not a document: only its start is read (keeps the work bounded). */
const MAX_QUERY_CHARS = 400;

/** Shipped inside the search page, so written compactly: phrases split by |, segments by …. */
export interface DangerData {
  /** The folded phrases: 被骗|让我…共享屏幕 (folding removes every | and … an editor could write). */
  phrases: string;
  /** Toneless pinyin of the gap-free phrases, split by |, for a query typed in pinyin (beipianle). */
  pinyin: string;
}

/** The compact form the page ships (see DangerData). */
export function encodeDanger(phrases: readonly string[][], pinyin: readonly string[]): DangerData {
  return { phrases: phrases.map((segments) => segments.join(GAP_MARK)).join('|'), pinyin: pinyin.join('|') };
}

const decoded = new Map<string, string[][]>();
function phrasesOf(data: DangerData): string[][] {
  let phrases = decoded.get(data.phrases);
  if (!phrases) decoded.set(data.phrases, (phrases = data.phrases ? data.phrases.split('|').map((p) => p.split(GAP_MARK)) : []));
  return phrases;
}

/** Folded as a query is: full-width → half-width, lower case, traditional → simplified, no punctuation or spaces. */
export function foldForDanger(text: string, t2s: CharMap = {}): string {
  return normalize(text, t2s).replace(/\s+/g, '');
}

/** An editor's phrase as its segments («让我…共享屏幕» → [让我, 共享屏幕]); empty segments kept so the checker can refuse them. */
export function compilePhrase(phrase: string, t2s: CharMap = {}): string[] {
  return phrase.split(GAP_MARK).map((part) => foldForDanger(part, t2s));
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Where `segment` occurs in `text` from `from` on, as a whole number when it is one (110 not inside 1100). */
function indexOfSegment(text: string, segment: string, from: number): number {
  const numeric = isDigit(segment[0]) && isDigit(segment[segment.length - 1]);
  for (let at = text.indexOf(segment, from); at !== -1; at = text.indexOf(segment, at + 1)) {
    if (!numeric || (!isDigit(text[at - 1]) && !isDigit(text[at + segment.length]))) return at;
  }
  return -1;
}

/** Whether the segments occur in order, each at most `gap` characters after the one before; `find` locates one from an offset. */
function inOrder(segments: readonly string[], find: (segment: string, from: number) => number, gap: number): boolean {
  const [first, ...rest] = segments;
  if (!first) return false;
  for (let at = find(first, 0); at !== -1; at = find(first, at + 1)) {
    let end = at + first.length;
    let ok = true;
    for (const segment of rest) {
      const next = find(segment, end);
      if (next === -1 || next - end > gap) {
        ok = false;
        break;
      }
      end = next + segment.length;
    }
    if (ok) return true;
  }
  return false;
}

/** Whether the segments occur in order, each within GAP_CHARS of the one before. */
export function phraseMatches(segments: readonly string[], text: string): boolean {
  return inOrder(segments, (segment, from) => indexOfSegment(text, segment, from), GAP_CHARS);
}

/**
 * Whether the query sounds like someone in danger. Read as typed and with the site's spelling
 * fixes (帐户 → 账户); a query in Latin letters only is also compared as pinyin.
 */
export function recognizeDanger(raw: string, data: DangerData, t2s: CharMap = {}, fixes: Rewrites = []): boolean {
  const typed = foldForDanger(raw.slice(0, MAX_QUERY_CHARS), t2s);
  if (!typed) return false;
  const forms = new Set([typed, foldForDanger(applyRewrites(typed, fixes))]);
  const phrases = phrasesOf(data);
  for (const form of forms) if (phrases.some((segments) => phraseMatches(segments, form))) return true;
  const letters = typed.replace(/[^a-z]/g, '');
  return letters.length === typed.length && data.pinyin !== '' && data.pinyin.split('|').some((p) => letters.includes(p));
}

/**
 * The same recognition by sound, for typos (被片了, 验正码, 解动费): the query and the phrases are
 * compared as syllables. It needs the index's reading table, so the search page runs it only when
 * ranking has already fetched that table for the same query (no request of its own).
 */
export function recognizeDangerBySound(raw: string, data: DangerData, reading: (ch: string) => string | undefined, t2s: CharMap = {}): boolean {
  const sounds = (text: string) => [...text].map((ch) => `|${reading(ch) ?? ch}`).join('');
  const typed = `${sounds(foldForDanger(raw.slice(0, MAX_QUERY_CHARS), t2s))}|`;
  return phrasesOf(data).some((segments) => soundsMatch(segments.map(sounds), typed));
}

/** A syllable string's match must end on a syllable boundary; gaps are counted in letters (about six a syllable). */
function soundsMatch(segments: readonly string[], text: string): boolean {
  const find = (segment: string, from: number) => {
    for (let at = text.indexOf(segment, from); at !== -1; at = text.indexOf(segment, at + 1)) if (text[at + segment.length] === '|') return at;
    return -1;
  };
  return inOrder(segments, find, GAP_CHARS * 6);
}
