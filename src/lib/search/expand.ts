/**
 * Rewrites the words readers use into the words articles use: wallet aliases (邮储 → 邮政) from
 * content/wallets.yaml and the synonym table editors keep in content/search-synonyms.yaml.
 */

/** phrase a reader types → the words the articles use for it. */
export type Rewrites = Array<[from: string, to: string]>;

/** Applies every rewrite, longest phrase first, without rewriting text a rewrite produced. */
export function applyRewrites(text: string, rewrites: Rewrites): string {
  const sorted = [...rewrites].filter(([from]) => from.length > 0).sort((a, b) => b[0].length - a[0].length);
  if (sorted.length === 0) return text;
  const re = new RegExp(sorted.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const lookup = new Map(sorted.map(([from, to]) => [from.toLowerCase(), to]));
  return text.replace(re, (m) => ` ${lookup.get(m.toLowerCase()) ?? m} `).replace(/\s+/g, ' ').trim();
}

/** Single character → the word it stands for when it stands alone (充 → 充值). */
export type LoneWords = Record<string, string>;

/**
 * Rewrites a Chinese character that stands alone in the query (「充 500」 once 了 is dropped,
 * 「钱包怎么开」 once the wallet's name is taken out) into the word it is short for. A character
 * inside a longer run is left alone: 还 in 还是, 开 in 打开.
 */
export function applyLoneWords(text: string, lone: LoneWords): string {
  return text.replace(/(?<![\u3400-\u9fff])[\u3400-\u9fff](?![\u3400-\u9fff])/g, (ch) => lone[ch] ?? ch);
}
