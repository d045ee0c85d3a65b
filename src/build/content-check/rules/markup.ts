/**
 * Editor components used as src/components/mdx/rules.ts describes them: known names, known
 * attributes with literal values, required attributes present, and what each one checks itself.
 */
import { error, type ContentIssue } from '../issues';
import { findComponents } from '../mdx-scan';
import type { ContentModel } from '../model';
import { EDITOR_COMPONENTS, calloutTypeProblem, stepsSourceProblem } from '../../../components/mdx/rules';
import { bodyLine } from './lines';

const byName = new Map(EDITOR_COMPONENTS.map((c) => [c.name, c]));

export function markupIssues(model: ContentModel): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const article of model.articles) {
    for (const use of findComponents(article.body)) {
      const line = bodyLine(article, use.index);
      const push = (message: string, fix: string) => issues.push(error(article.file, '正文', message, fix, line));
      const spec = byName.get(use.name);
      if (!spec) {
        push(`不认识的组件 <${use.name}>。`, `可用的组件：${EDITOR_COMPONENTS.map((c) => `<${c.name}>`).join('、')}（用法见 README）。`);
        continue;
      }
      for (const name of spec.required) {
        if (use.attrs[name] === undefined) push(`<${use.name}> 缺少 ${name}。`, `写成 ${spec.usage}。`);
      }
      if (use.name === 'Callout') {
        const problem = calloutTypeProblem(use.attrs.type);
        if (problem && use.attrs.type !== undefined) push(problem, `写成 ${spec.usage}。`);
      }
      if (use.name === 'Steps') {
        const problem = stepsSourceProblem(use.inner);
        if (problem) push(problem, '在 <Steps> 和 </Steps> 之间空一行，然后每一步写成「1. …」「2. …」；其他说明放到列表外面。');
      }
    }
  }
  return issues;
}
