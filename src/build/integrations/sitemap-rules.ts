/**
 * Which built pages go into the sitemap, and with what lastmod. Decided from the built HTML itself,
 * so the sitemap can never disagree with a page's own robots tag or reviewed date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function htmlFor(distDir: string, url: string): string | undefined {
  const path = new URL(url).pathname;
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function isIndexablePage(distDir: string, url: string): boolean {
  const html = htmlFor(distDir, url);
  return html !== undefined && !/<meta name="robots" content="noindex/.test(html);
}

export function lastModified(distDir: string, url: string): string | undefined {
  return htmlFor(distDir, url)?.match(/<meta property="article:modified_time" content="([^"]+)"/)?.[1];
}
