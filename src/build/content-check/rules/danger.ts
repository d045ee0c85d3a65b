/**
 * The danger vocabulary (content/danger-signs.yaml) says what it means: every phrase has words,
 * a gap only between two parts, no phrase twice, and none that another phrase already covers
 * (「被骗了」 adds nothing once 「被骗」 is there: any query holding it already fires the box).
 */
import { error, type ContentIssue } from '../issues';
import type { ContentModel } from '../model';
import { compilePhrase, GAP_MARK, phraseMatches } from '../../../lib/search/danger';

interface Phrase {
  segments: string[];
  written: string;
  /** Index path in the YAML: [sign, 'say', phrase]. */
  path: [number, 'say', number];
  sign: string;
}

export function dangerIssues(model: ContentModel): ContentIssue[] {
  const { file, yaml } = model.dataFiles.dangerSigns;
  const issues: ContentIssue[] = [];
  const phrases: Phrase[] = [];
  model.dangerSigns.forEach((sign, i) => {
    sign.say.forEach((written, j) => {
      const segments = compilePhrase(written);
      const line = yaml?.lineOf([i, 'say', j]);
      const field = `${sign.id}.say[${j}]`;
      if (segments.every((s) => s === '')) {
        issues.push(error(file, field, `「${written}」里没有字。`, '写读者会说的词或短语，例如 被骗 或 让我…共享屏幕；不要的项整行删掉。', line));
      } else if (segments.some((s) => s === '')) {
        issues.push(error(file, field, `「${written}」的「${GAP_MARK}」没有写在两个词中间。`, `「${GAP_MARK}」表示中间隔几个字，只能写在两个词中间，例如 让我${GAP_MARK}共享屏幕；开头、结尾或连着写两个都不行。`, line));
      } else {
        phrases.push({ segments, written, path: [i, 'say', j], sign: sign.id });
      }
    });
  });

  const where = (p: Phrase) => `${p.sign} 里的「${p.written}」`;
  phrases.forEach((phrase, k) => {
    const line = yaml?.lineOf(phrase.path);
    const field = `${phrase.sign}.say[${phrase.path[2]}]`;
    const same = phrases.findIndex((other) => other.segments.join(GAP_MARK) === phrase.segments.join(GAP_MARK));
    if (same < k) {
      issues.push(error(file, field, `「${phrase.written}」和${where(phrases[same]!)}重复了。`, '删掉其中一项。', line));
      return;
    }
    // A gap-free phrase found inside one of this phrase's parts fires on every query this one fires on.
    const cover = phrases.find((other, m) => m !== k && other.segments.length === 1 && other.segments[0] !== phrase.segments.join(GAP_MARK)
      && phrase.segments.some((part) => phraseMatches(other.segments, part)));
    if (cover) {
      issues.push(error(file, field, `「${phrase.written}」已经被${where(cover)}覆盖：含有「${cover.written}」的问题都会触发，这一项是多余的。`, `删掉「${phrase.written}」；如果「${cover.written}」太宽、在普通问题里也会出现，就把它写得更具体。`, line));
    }
  });
  return issues;
}
