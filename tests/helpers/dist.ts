/** Reads the built site: every HTML page with its URL path and parsed document (redirect stubs of merged articles excluded: tests/site/redirects.test.ts covers them). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

export interface BuiltPage {
  /** URL path, e.g. /postal/top-up/ (404.html stays /404.html). */
  path: string;
  html: string;
  doc: HTMLElement;
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ 不存在：先运行 npm run build（npm test 会自动构建）。');
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !relative(DIST, d.parentPath).startsWith('pagefind'))
    .map((d) => {
      const file = relative(DIST, join(d.parentPath, d.name)).split(sep).join('/');
      const path = file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
      const html = readFileSync(join(DIST, file), 'utf8');
      return { path, html, doc: parse(html) };
    })
    .filter((page) => !/<meta http-equiv="refresh"/.test(page.html))
    .sort((a, b) => a.path.localeCompare(b.path));
}
