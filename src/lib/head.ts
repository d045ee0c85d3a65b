/**
 * Page head metadata assembled in one place: title pattern, description, canonical URL.
 * Pages pass what they know; this module decides how it is written.
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
  /** Pages search engines should not index (404, editor-only pages). */
  noindex?: boolean;
}

export function pageTitle(meta: Pick<PageMeta, 'title' | 'context'>): string {
  if (meta.title === SITE_NAME) return SITE_NAME;
  return [meta.title, meta.context, SITE_NAME].filter(Boolean).join(' - ');
}

export function canonicalUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
