/**
 * Builds the search data the /search/ page ships (as inline JSON): wallet names, the editors'
 * synonym table, and a traditional→simplified map cut down to the characters the site uses
 * (a few KB instead of the whole OpenCC converter).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Synonym, Wallet } from '../lib/content/schemas';
import type { SearchData } from '../lib/search/pipeline';

/** OpenCC's traditional→simplified character table: `trad simp[ simp2]|…`. */
export function readOpenccTable(): Array<[string, string]> {
  const entry = fileURLToPath(import.meta.resolve('opencc-js'));
  const root = join(dirname(entry), '..', '..');
  const text = readFileSync(join(root, 'dist', 'esm-lib', 'dict', 'TSCharacters.js'), 'utf8');
  const body = /export default "([^"]*)"/.exec(text)?.[1];
  if (!body) throw new Error('opencc-js 的 TSCharacters 表格式变了：请检查 src/build/search-data.ts。');
  return body.split('|').map((pair) => pair.split(' ')).filter((p) => p.length >= 2).map((p) => [p[0]!, p[1]!]);
}

export function buildSearchData(input: {
  wallets: Wallet[];
  synonyms: Synonym[];
  /** All text the site shows (titles, aliases, bodies): only these simplified characters are kept. */
  siteText: string;
  openccTable: Array<[string, string]>;
}): SearchData {
  const used = new Set(input.siteText);
  const t2s: Record<string, string> = {};
  for (const [trad, simp] of input.openccTable) if (trad !== simp && used.has(simp)) t2s[trad] = simp;

  const walletNames: SearchData['walletNames'] = [];
  for (const w of input.wallets.filter((w) => w.id !== 'general')) {
    for (const alias of new Set([w.name, w.shortName, ...w.aliases])) walletNames.push([alias.toLowerCase(), w.name]);
  }
  const rewrites: SearchData['rewrites'] = input.synonyms.flatMap((s) => s.say.map((say) => [say.toLowerCase(), s.means] as [string, string]));
  const lone: SearchData['lone'] = Object.fromEntries(input.synonyms.flatMap((s) => s.alone.map((ch) => [ch, s.means])));
  return { t2s, rewrites, walletNames, lone };
}
