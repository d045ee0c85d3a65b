/**
 * Marks the words of a query in an excerpt: every stretch of text covered by a matched two-character
 * key (or a matched Latin word) becomes one mark, so whole words light up, never lone characters.
 */
export interface Run { text: string; mark: boolean }

export function highlightRuns(text: string, keys: string[]): Run[] {
  const covered = new Array<boolean>(text.length).fill(false);
  const lower = text.toLowerCase();
  for (const key of keys) {
    // Chinese bigrams as they are; Latin words without their w: prefix. Pinyin keys cannot be shown.
    const needle = key.startsWith('w:') ? key.slice(2) : /^[pi]:/.test(key) ? '' : key;
    if (needle.length < 2) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) covered.fill(true, at, at + needle.length);
  }
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.mark === covered[i]) last.text += text[i];
    else runs.push({ text: text[i]!, mark: covered[i]! });
  }
  return runs;
}
