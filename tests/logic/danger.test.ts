/**
 * Danger recognition as the search page runs it: phrases with gaps, whole numbers, traditional
 * characters, spelling fixes and pinyin, on small data written here (the real vocabulary is
 * measured against readers' own words in tests/site/danger-search.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { compilePhrase, phraseMatches, recognizeDanger, GAP_CHARS, type DangerData } from '../../src/lib/search/danger';
import { buildDangerData } from '../../src/build/danger-data';

const data: DangerData = buildDangerData([
  { id: 'a', label: '被骗', say: ['被骗', '让我…共享屏幕', '110', '安全账户'] },
]);

describe('recognizeDanger', () => {
  it.each([
    ['a phrase in a sentence', '我好像被骗了怎么办'],
    ['a phrase with a few characters in its gap', '对方让我在手机上打开共享屏幕'],
    ['a number on its own', '要不要打110'],
    ['traditional characters', '我被騙了'],
    ['spaces and punctuation inside the phrase', '被 骗！'],
    ['pinyin', 'bei pian le'],
    ['a variant the site spells differently', '转到安全帐户'],
  ])('fires on %s', (_, query) => {
    expect(recognizeDanger(query, data, { 騙: '骗' }, [['帐户', '账户']])).toBe(true);
  });

  it.each([
    ['an ordinary question', '充值不到账'],
    ['the number inside a longer one', '充了1100元没到账'],
    ['the parts of a phrase too far apart', `让我${'一'.repeat(GAP_CHARS + 1)}共享屏幕`],
    ['the parts of a phrase in the wrong order', '共享屏幕让我'],
    ['pinyin mixed with Chinese (read as Chinese only)', '怎么bei'],
    ['an empty query', '   '],
  ])('does not fire on %s', (_, query) => {
    expect(recognizeDanger(query, data)).toBe(false);
  });

  it('reads a 100,000-character query in a bounded time (only its start is read)', () => {
    const long = `${'钱'.repeat(100_000)}被骗`;
    const started = performance.now();
    recognizeDanger(long, data);
    recognizeDanger('让我'.repeat(50_000), data);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('compilePhrase and phraseMatches', () => {
  it('folds a phrase the way a query is folded', () => {
    expect(compilePhrase('让我 … 共享屏幕')).toEqual(['让我', '共享屏幕']);
    expect(compilePhrase('ＱＱ…借钱')).toEqual(['qq', '借钱']);
  });
  it('matches a later occurrence when the first is too far from the next part', () => {
    expect(phraseMatches(['让我', '共享屏幕'], `让我${'一'.repeat(20)}让我共享屏幕`)).toBe(true);
  });
});
