/**
 * Query normalisation: what a reader types becomes what the index holds. Runs in the browser,
 * so it takes its data (the traditional→simplified map) as an argument instead of importing it.
 */

/** Traditional → simplified, one character at a time (built from OpenCC, filtered to the site's characters). */
export type CharMap = Record<string, string>;

/**
 * Words that carry no meaning for search: question particles and filler ("咋办", "了", "吗").
 * Longest first, so 怎么办 goes before 怎么.
 */
export const FILLERS = [
  '怎么办啊', '怎么办呢', '怎么办', '怎摸办', '咋办', '咋整', '怎么弄', '怎么搞', '该怎么', '怎么回事', '怎么样', '怎么', '怎样', '如何',
  '为什么', '为啥', '咋回事', '咋', '请问', '求助', '求问', '急急急', '急', '在线等', '能不能', '可不可以', '可以吗', '能否',
  '我的', '我想', '我要', '我', '你好', '一下', '的话', '了吗', '了呢', '吗', '呢', '啊', '呀', '吧', '了', '么',
];

const FILLER_RE = new RegExp(FILLERS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

export function toSimplified(text: string, map: CharMap): string {
  let out = '';
  for (const ch of text) out += map[ch] ?? ch;
  return out;
}

/** Full-width → half-width, lower case, traditional → simplified, punctuation → spaces. */
export function normalize(text: string, map: CharMap = {}): string {
  return toSimplified(text.normalize('NFKC').toLowerCase(), map)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes filler words; a query made only of filler is left as it was. */
export function stripFillers(text: string): string {
  const stripped = text.replace(FILLER_RE, ' ').replace(/\s+/g, ' ').trim();
  return stripped || text;
}
