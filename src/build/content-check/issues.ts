/** A problem found in the content, phrased for the editor who has to fix it. */
export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when it can be located. */
  line?: number | undefined;
  /** The field (or `正文` for the article body), e.g. `wallet`, `nodes.balance.options[1].next`. */
  field?: string | undefined;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** Errors stop the build; warnings are printed only. */
  severity: 'error' | 'warning';
}

export function error(file: string, field: string | undefined, message: string, fix: string, line?: number): ContentIssue {
  return { file, line, field, message, fix, severity: 'error' };
}

export function warning(file: string, field: string | undefined, message: string, fix: string, line?: number): ContentIssue {
  return { file, line, field, message, fix, severity: 'warning' };
}

/** `content/articles/postal/x.mdx:4  字段 wallet` — the location line of one issue. */
export function locate(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.field ? `${where}  字段 ${issue.field}` : where;
}

/** The report printed when the build stops: every issue, grouped in file order, with its fix. */
export function formatIssues(issues: ContentIssue[]): string {
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errors = sorted.filter((i) => i.severity === 'error').length;
  const warnings = sorted.length - errors;
  const head = `内容检查：${errors} 个错误，${warnings} 个提醒。`;
  const body = sorted.map((i) => {
    const tag = i.severity === 'error' ? '错误' : '提醒';
    return `${tag}  ${locate(i)}\n      ${i.message}\n      怎么改：${i.fix}`;
  });
  return [head, '', ...body].join('\n');
}
