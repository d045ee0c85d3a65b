/** House typography in everything editors write: article bodies, frontmatter and troubleshooters. */
import { error, type ContentIssue } from '../issues';
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
  return issues;
}

/** Typography of the string values of a YAML document (its commas and brackets are syntax, not prose). */
function inYaml(file: string, yaml: ParsedYaml): ContentIssue[] {
  return stringsIn(yaml.data).flatMap(({ value, path }) =>
    typographyProblems(value).map((p) => error(file, formatPath(path), p.message, p.fix, yaml.lineOf(path))),
  );
}
