/**
 * Runs the content checker before Astro loads anything. A build (or `astro check`) with content
 * errors stops with the editor-facing report and no stack trace. The dev server keeps running:
 * it re-checks whenever a file under content/ changes, prints the same report, and shows it in
 * the browser's error overlay until the file is fixed.
 */
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/**
 * While content is broken, pages are not rendered: rendering half-loaded content only throws
 * (`Cannot read properties of undefined`) and that error would replace ours in the overlay.
 * The page served instead shows the report and loads Vite's client, which puts our overlay up
 * and reloads the page once the file is fixed.
 */
function brokenContentPage(report: string): string {
  const escaped = report.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>内容有错误</title><script type="module" src="/@vite/client"></script></head><body><h1>内容检查没有通过</h1><pre style="white-space:pre-wrap">${escaped}</pre></body></html>`;
}

export default function contentChecks(): AstroIntegration {
  let root = '';
  /** The report while content has errors (dev only). */
  let broken: string | undefined;
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
          broken = report;
          return;
        }
        // Print the report ourselves and exit: a thrown error would bury it under a stack trace.
        process.stderr.write(`\n${report}\n\n构建已停止：请按上面的提示修改后重新运行。\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!broken || !/text\/html/.test(req.headers.accept ?? '')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(brokenContentPage(broken));
        });
        // The check at config setup already knows whether content starts out broken: no second pass.
        watchContent(server, root, Boolean(broken), (report) => {
          broken = report;
          if (report) logger.error(report);
        });
      },
    },
  };
}

/** Re-checks content on every change; `onReport` gets the report, or '' once content is fixed. */
function watchContent(server: ViteDevServer, root: string, failingAtStart: boolean, onReport: (report: string) => void) {
  const contentDir = join(root, 'content');
  let pending: ReturnType<typeof setTimeout> | undefined;
  let failing = failingAtStart;
  const recheck = () => {
    const { issues } = checkContent(root);
    const errors = issues.some((i) => i.severity === 'error');
    if (errors) {
      onReport(formatIssues(issues));
      server.ws.send({ type: 'error', err: overlayError(issues, root) });
      failing = true;
    } else if (failing) {
      failing = false;
      onReport('');
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
