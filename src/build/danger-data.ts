/**
 * The search page's danger data (src/lib/search/danger.ts) from content/danger-signs.yaml: each
 * phrase folded into its segments, and the pinyin of the gap-free ones. Build time only, so
 * pinyin-pro stays out of the browser.
 */
import { pinyin } from 'pinyin-pro';
import type { DangerSign } from '../lib/content/schemas';
import { compilePhrase, encodeDanger, type DangerData } from '../lib/search/danger';
import type { CharMap } from '../lib/search/normalize';

/** Shorter pinyin (「pian」) turns up inside ordinary Latin words; six letters is two syllables or more. */
const MIN_PINYIN = 6;

export function buildDangerData(signs: readonly DangerSign[], t2s: CharMap = {}): DangerData {
  const phrases = signs.flatMap((s) => s.say.map((phrase) => compilePhrase(phrase, t2s)));
  const pinyinForms = phrases
    .filter((segments) => segments.length === 1 && /^[\u3400-\u9fff]+$/.test(segments[0]!))
    .map(([text]) => pinyin(text!, { toneType: 'none', type: 'array', v: true }).join(''))
    .filter((p) => p.length >= MIN_PINYIN);
  return encodeDanger(phrases, [...new Set(pinyinForms)]);
}
