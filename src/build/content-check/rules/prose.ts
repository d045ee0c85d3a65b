/** House typography in everything editors write: article bodies, frontmatter and troubleshooters. */
import { error, warning, type ContentIssue } from '../issues';
import type { ContentModel } from '../model';
import { typographyProblems } from '../../../lib/content/typography';
import { stringsIn, type ParsedYaml } from '../../../lib/content/yaml-source';
import { formatPath } from '../zod-issues';
import { bodyLine } from './lines';

export function proseIssues(model: ContentModel): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const article of model.articles) {
    issues.push(...inYaml(article.file, article.yaml));
    for (const p of typographyProblems(article.body)) issues.push(error(article.file, '正文', p.message, p.fix, bodyLine(article, p.index)));
  }
  for (const { file, yaml } of model.troubleshooters) issues.push(...inYaml(file, yaml));
  issues.push(...terminology(model));
  return issues;
}

/**
 * Fields where a variant is the point: aliases collect how readers write (typos on purpose), and a
 * wallet's identity note names the old names readers may know it by.
 */
const READER_WORDING = new Set(['aliases', 'identity']);

/**
 * One word per concept (content/terms.yaml): a variant in visible text is a warning with the
 * preferred word. Code spans are left alone.
 */
function terminology(model: ContentModel): ContentIssue[] {
  const variants = model.terms.flatMap((t) => t.avoid.map((avoid) => ({ avoid, preferred: t.preferred })));
  if (variants.length === 0) return [];
  const found: ContentIssue[] = [];
  const scan = (file: string, field: string, text: string, line: (index: number) => number | undefined) => {
    const visible = text.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
    for (const { avoid, preferred } of variants) {
      for (let at = visible.indexOf(avoid); at !== -1; at = visible.indexOf(avoid, at + avoid.length)) {
        found.push(warning(file, field, `「${avoid}」：本站统一写「${preferred}」。`, `改成「${preferred}」（术语表见 content/terms.yaml）。`, line(at)));
      }
    }
  };
  const yamlStrings = (file: string, yaml: ParsedYaml | undefined) => {
    for (const { value, path } of stringsIn(yaml?.data)) {
      if (!path.some((p) => READER_WORDING.has(String(p)))) scan(file, formatPath(path), value, () => yaml?.lineOf(path));
    }
  };
  for (const article of model.articles) {
    yamlStrings(article.file, article.yaml);
    scan(article.file, '正文', article.body, (i) => bodyLine(article, i));
  }
  for (const { file, yaml } of model.troubleshooters) yamlStrings(file, yaml);
  for (const source of [model.dataFiles.wallets, model.dataFiles.topics]) yamlStrings(source.file, source.yaml);
  return found;
}

/** Typography of the string values of a YAML document (its commas and brackets are syntax, not prose). */
function inYaml(file: string, yaml: ParsedYaml): ContentIssue[] {
  return stringsIn(yaml.data).flatMap(({ value, path }) =>
    typographyProblems(value).map((p) => error(file, formatPath(path), p.message, p.fix, yaml.lineOf(path))),
  );
}
