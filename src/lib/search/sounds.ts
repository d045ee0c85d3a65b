/**
 * Typos by sound: what the characters a reader typed sound like, so 密马 finds 密码, 逾其 finds
 * 逾期 and 投述 finds 投诉. Runs in the browser on the index's reading table (syllable →
 * characters, the common characters and the site's own).
 */
import { foldText, type Readings } from './answers';

/** Character → reading, from the index's syllable → characters table. */
const readingMaps = new WeakMap<Readings, Map<string, string>>();
export function readingOf(readings: Readings): (ch: string) => string | undefined {
  let map = readingMaps.get(readings);
  if (!map) {
    map = new Map();
    for (const [syllable, chars] of Object.entries(readings)) for (const ch of chars) map.set(ch, syllable);
    readingMaps.set(readings, map);
  }
  return (ch) => map.get(ch);
}

/**
 * Sounds many readers do not tell apart, and fuzzy-pinyin input methods do not either: z/zh,
 * c/ch, s/sh, n/l at the start; an/ang, en/eng, in/ing at the end (投述 for 投诉).
 */
export function fuzzySyllables(syllable: string): string[] {
  const [, initial = '', final = ''] = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/.exec(syllable) ?? [];
  const initials = new Set([initial, { zh: 'z', z: 'zh', ch: 'c', c: 'ch', sh: 's', s: 'sh', n: 'l', l: 'n' }[initial] ?? initial]);
  const otherFinal = /(an|en|in)$/.test(final) ? `${final}g` : /(ang|eng|ing)$/.test(final) ? final.slice(0, -1) : final;
  const finals = new Set([final, otherFinal]);
  return [...initials].flatMap((i) => [...finals].map((f) => i + f));
}

export interface SoundBigram {
  /** The two characters' syllables as typed. */
  exact: string;
  /** The same with fuzzy initials and finals. */
  fuzzy: string[];
}

/**
 * Pinyin bigram keys of the query's Chinese text, for pages that sound the same (密马 → 密码,
 * 冲值 → 充值). `skip`: character pairs that carry no meaning however they sound (怎么, 钱包).
 */
export function soundBigrams(text: string, reading: (ch: string) => string | undefined, skip: (pair: string) => boolean): SoundBigram[] {
  const out: SoundBigram[] = [];
  for (const [run] of foldText(text).matchAll(/[\u3400-\u9fff]+/g)) {
    const syllables = [...run].map(reading);
    for (let i = 0; i + 1 < syllables.length; i++) {
      const [a, b] = [syllables[i], syllables[i + 1]];
      if (!a || !b || skip(run.slice(i, i + 2))) continue;
      const exact = `p:${a}${b}`;
      const fuzzy = fuzzySyllables(a).flatMap((x) => fuzzySyllables(b).map((y) => `p:${x}${y}`)).filter((k) => k !== exact);
      out.push({ exact, fuzzy });
    }
  }
  return out;
}
