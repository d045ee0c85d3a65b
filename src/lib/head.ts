/**
 * Everything in a page's <head> that search engines and share previews read, assembled in one
 * tested place: title pattern, description, canonical URL, robots, Open Graph and Twitter tags.
 * Pages say what they are; this module decides how that is written.
 */
import { SITE_NAME } from './site';

export interface PageMeta {
  /** The page's own title (the question, the wallet or the topic). */
  title: string;
  description: string;
  /** Path of the page, with trailing slash, e.g. /postal/top-up/. */
  path: string;
  /** Extra context for the title, e.g. the wallet name. */
  context?: string | undefined;
  /** Pages search engines should not index (404, editor-only pages, thin troubleshooter steps). */
  noindex?: boolean | undefined;
  /** Articles carry their reviewed date; everything else is a website page. */
  modified?: string | undefined;
}

export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

export function pageTitle(meta: Pick<PageMeta, 'title' | 'context'>): string {
  if (meta.title === SITE_NAME) return SITE_NAME;
  return [meta.title, meta.context, SITE_NAME].filter(Boolean).join(' - ');
}

export function canonicalUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

export function headTags(meta: PageMeta, site: URL | string): HeadTag[] {
  const url = canonicalUrl(meta.path, site);
  const title = pageTitle(meta);
  const tags: HeadTag[] = [{ tag: 'meta', attrs: { name: 'description', content: meta.description } }];
  if (meta.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex, follow' } });
  else tags.push({ tag: 'link', attrs: { rel: 'canonical', href: url } });
  tags.push(
    { tag: 'meta', attrs: { property: 'og:type', content: meta.modified ? 'article' : 'website' } },
    { tag: 'meta', attrs: { property: 'og:title', content: title } },
    { tag: 'meta', attrs: { property: 'og:description', content: meta.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: url } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: SITE_NAME } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'zh_CN' } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: meta.description } },
  );
  if (meta.modified) tags.push({ tag: 'meta', attrs: { property: 'article:modified_time', content: meta.modified } });
  return tags;
}
