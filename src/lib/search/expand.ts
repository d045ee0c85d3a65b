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
