/**
 * Article bodies are content, not programs: Markdown, the editor components with literal
 * attributes (src/components/mdx/rules.ts), and a short list of harmless HTML. Parsed with the
 * MDX parser the build uses, before Astro compiles anything, so a syntax error or an `import`
 * stops `npm run check` and `npm run build` alike with file:line and a fix, never a stack trace.
 */
import { error, type ContentIssue } from '../issues';
import { findComponents } from '../mdx-scan';
import type { ContentModel } from '../model';
import { checkBodyMarkup } from '../../../lib/content/body-markup';
import { EDITOR_COMPONENTS, calloutTypeProblem, stepsSourceProblem } from '../../../components/mdx/rules';
import { bodyLine } from './lines';

export function markupIssues(model: ContentModel): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const article of model.articles) {
    const markup = checkBodyMarkup(article.body, EDITOR_COMPONENTS);
    for (const p of markup) issues.push(error(article.file, '正文', p.message, p.fix, article.bodyStartLine + p.line - 1));
    // What each component checks of its own content, once the markup itself is sound.
    if (markup.length > 0) continue;
    for (const use of findComponents(article.body)) {
      const line = bodyLine(article, use.index);
      if (use.name === 'Callout') {
        const problem = calloutTypeProblem(use.attrs.type);
        if (problem && use.attrs.type !== undefined) issues.push(error(article.file, '正文', problem, '改成 tip、warning、danger 或 fraud。', line));
      }
      if (use.name === 'Steps') {
        const problem = stepsSourceProblem(use.inner);
        if (problem) issues.push(error(article.file, '正文', problem, '在 <Steps> 和 </Steps> 之间空一行，然后每一步写成「1. …」「2. …」；其他说明放到列表外面。', line));
      }
    }
  }
  return issues;
}
