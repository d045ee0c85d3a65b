/**
 * Old article URLs kept working after a merge (content/redirects.yaml): every old URL becomes a
 * small page (src/pages/[...moved].astro) that sends the reader on and is kept out of search
 * engines and the sitemap. Mistakes in the file are the content check's to report, with file and line;
 * here an unreadable file simply yields no redirects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleUrl } from '../lib/routes';

export function readRedirects(projectRoot: string): Record<string, string> {
  const file = join(projectRoot, 'content', 'redirects.yaml');
  if (!existsSync(file)) return {};
  try {
    const list = parse(readFileSync(file, 'utf8')) as Array<{ from?: unknown; to?: unknown }> | null;
    return Object.fromEntries(
      (Array.isArray(list) ? list : [])
        .filter((r) => typeof r?.from === 'string' && typeof r?.to === 'string')
        .map((r) => [articleUrl(r.from as string), articleUrl(r.to as string)]),
    );
  } catch {
    return {};
  }
}
