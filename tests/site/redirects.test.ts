/** A merged article's old URL still works: it leads to the article that answers it now, and stays out of search engines. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { articleUrl } from '../../src/lib/routes';

const redirects = realContent().redirects;
const sitemap = existsSync(join(DIST, 'sitemap-0.xml')) ? readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8') : '';

describe('redirects of merged articles', () => {
  it('exist (the content has merged pages)', () => {
    expect(redirects.length).toBeGreaterThan(0);
  });
  it.each(redirects.map((r) => [r.from, r.to] as const))('/%s/ leads to /%s/, noindex and out of the sitemap', (from, to) => {
    const html = readFileSync(join(DIST, articleUrl(from), 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0; url=${articleUrl(to)}"`));
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(sitemap).not.toContain(articleUrl(from));
    expect(existsSync(join(DIST, articleUrl(to), 'index.html'))).toBe(true);
  });
});
