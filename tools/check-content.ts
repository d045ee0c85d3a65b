/**
 * The content half of `npm run check`: every content rule, reported as file:line, field and fix.
 * Exits 1 on errors; warnings alone (old reviewed dates, orphan articles) exit 0.
 */
import { checkContent } from '../src/build/content-check/check';
import { formatIssues } from '../src/build/content-check/issues';

const { issues, model } = checkContent(process.cwd());
if (issues.length === 0) {
  console.log(`内容检查通过：${model.articles.length} 篇文章，${model.troubleshooters.length} 个排查向导。`);
} else {
  console.log(formatIssues(issues));
}
process.exit(issues.some((i) => i.severity === 'error') ? 1 : 0);
