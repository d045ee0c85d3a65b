/** What search engines read on every built page, and the sitemap that lists them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

const pages = builtPages();
const siteOrigin = new URL(pages.find((p) => p.path === '/')!.doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const noindex = (p: (typeof pages)[number]) => /noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
const indexable = pages.filter((p) => !noindex(p));
const jsonLd = (p: (typeof pages)[number]) => p.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
const sitemapUrls = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').match(/<loc>[^<]+<\/loc>/g)!.map((l) => l.slice(5, -6));

describe('every page', () => {
  it('has a unique title', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')?.text ?? '');
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has a description of reasonable length', (_, page) => {
    const d = page.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(d.length).toBeGreaterThanOrEqual(15);
    expect(d.length).toBeLessThanOrEqual(160);
  });

  it('indexable pages name themselves as canonical, with an absolute URL', () => {
    for (const page of indexable) {
      expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.path).toBe(`${siteOrigin}${page.path}`);
    }
  });

  it('noindex pages have no canonical and include the 404 page', () => {
    expect(noindex(pages.find((p) => p.path === '/404.html')!)).toBe(true);
    for (const page of pages.filter(noindex)) expect(page.doc.querySelector('link[rel="canonical"]'), page.path).toBeNull();
  });

  it('have Open Graph tags that match the page', () => {
    for (const page of indexable) {
      const og = (p: string) => page.doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
      expect(og('title'), page.path).toBe(page.doc.querySelector('title')!.text);
      expect(og('url'), page.path).toBe(page.doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(og('locale')).toBe('zh_CN');
    }
  });
});

describe('structured data', () => {
  it('parses on every page, and nested pages carry a BreadcrumbList ending at themselves', () => {
    for (const page of pages.filter((p) => p.path.split('/').length > 3)) {
      const crumbs = jsonLd(page).find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ position: number; name: string; item: string }> } | undefined;
      expect(crumbs, page.path).toBeDefined();
      expect(crumbs!.itemListElement[0]!.item).toBe(`${siteOrigin}/`);
      expect(crumbs!.itemListElement.at(-1)!.item).toBe(`${siteOrigin}${page.path}`);
      crumbs!.itemListElement.forEach((c, i) => expect(c.position).toBe(i + 1));
    }
  });

  it('describes every article as an Article with its reviewed date', () => {
    const articles = pages.filter((p) => p.doc.querySelector('[data-article]'));
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      const a = jsonLd(page).find((d) => d['@type'] === 'Article')!;
      expect(a, page.path).toBeDefined();
      expect(a.headline).toBe(page.doc.querySelector('h1')!.text.trim());
      expect(a.description).toBe(page.doc.querySelector('meta[name="description"]')!.getAttribute('content'));
      expect(String(a.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((a.publisher as { name: string }).name).toBe('数字钱包自助手册');
    }
  });

  it('gives the home page a WebSite with a search action pointing at /search/', () => {
    const site = jsonLd(pages.find((p) => p.path === '/')!).find((d) => d['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } };
    expect(site.potentialAction.target.urlTemplate).toBe(`${siteOrigin}/search/?q={search_term_string}`);
    expect(pages.some((p) => p.path === '/search/')).toBe(true);
  });
});

describe('sitemap and robots', () => {
  it('lists every indexable page and no noindex page', () => {
    const expected = indexable.map((p) => `${siteOrigin}${p.path}`).sort();
    expect([...sitemapUrls].sort()).toEqual(expected);
  });

  it('gives articles their reviewed date as lastmod', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const article = pages.find((p) => p.doc.querySelector('[data-article]'))!;
    const reviewed = article.doc.querySelector('meta[property="article:modified_time"]')!.getAttribute('content')!;
    expect(xml).toContain(`<loc>${siteOrigin}${article.path}</loc><lastmod>${new Date(reviewed).toISOString()}</lastmod>`);
  });

  it('robots.txt names the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });
});
