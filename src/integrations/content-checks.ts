/**
 * Runs the content checker before Astro loads anything. A build (or `astro check`) with content
 * errors stops with the editor-facing report and no stack trace; the dev server keeps running
 * and prints the same report so the editor can fix the file and save again.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check';
import { formatIssues } from '../lib/content/issues';

export default function contentChecks(): AstroIntegration {
  return {
    name: 'wallet-handbook:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { issues } = checkContent(root);
        if (issues.length === 0) {
          logger.info('内容检查通过。');
          return;
        }
        const report = formatIssues(issues);
        const hasErrors = issues.some((i) => i.severity === 'error');
        if (!hasErrors) {
          logger.warn(report);
          return;
        }
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        // Print the report ourselves and exit: a thrown error would bury it under a stack trace.
        process.stderr.write(`\n${report}\n\n构建已停止：请按上面的提示修改后重新运行。\n`);
        process.exit(1);
      },
    },
  };
}
