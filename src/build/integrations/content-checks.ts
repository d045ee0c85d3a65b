/**
 * Runs the content checker before Astro loads anything. A build (or `astro check`) with content
 * errors stops with the editor-facing report and no stack trace. The dev server keeps running:
 * it re-checks whenever a file under content/ changes, prints the same report, and shows it in
 * the browser's error overlay until the file is fixed.
 */
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent } from '../content-check/check';
import { formatIssues, locate, type ContentIssue } from '../content-check/issues';

/** The Vite overlay payload for the first error, with the whole report as its message. */
export function overlayError(issues: ContentIssue[], root: string) {
  const first = issues.find((i) => i.severity === 'error')!;
  return {
    message: formatIssues(issues),
    stack: '',
    plugin: 'wallet-handbook:content-checks',
    id: join(root, first.file),
    loc: { file: join(root, first.file), line: first.line ?? 1, column: 1 },
    frame: `${locate(first)}\n${first.message}\n怎么改：${first.fix}`,
  };
}

export default function contentChecks(): AstroIntegration {
  let root = '';
  return {
    name: 'wallet-handbook:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
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
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, root, (report) => logger.error(report));
      },
    },
  };
}

function watchContent(server: ViteDevServer, root: string, log: (report: string) => void) {
  const contentDir = join(root, 'content');
  let pending: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const recheck = () => {
    const { issues } = checkContent(root);
    const errors = issues.some((i) => i.severity === 'error');
    if (errors) {
      log(formatIssues(issues));
      server.ws.send({ type: 'error', err: overlayError(issues, root) });
      failing = true;
    } else if (failing) {
      failing = false;
      server.ws.send({ type: 'full-reload' });
    }
  };
  const onChange = (file: string) => {
    if (!file.startsWith(contentDir)) return;
    clearTimeout(pending);
    // After Astro's own reload of the changed entry, so the overlay is not cleared by it.
    pending = setTimeout(recheck, 300);
  };
  server.watcher.add(contentDir);
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);
  // A page opened while content is broken shows the overlay too.
  server.ws.on('connection', () => {
    if (failing) setTimeout(recheck, 100);
  });
}
