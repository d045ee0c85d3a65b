/**
 * JSON-LD for search engines. Article on articles, BreadcrumbList on nested pages, WebSite with a
 * SearchAction on the home page. (No FAQPage or HowTo: Google stopped showing those rich results
 * for sites like this one, and Baidu does not use them.)
 */
import { SITE_NAME } from './site';
import { canonicalUrl } from './head';

export interface Crumb { label: string; href?: string | undefined }

type Json = Record<string, unknown>;

function publisher(site: URL | string): Json {
  return { '@type': 'Organization', name: SITE_NAME, url: canonicalUrl('/', site) };
}

export function articleLd(input: { title: string; description: string; path: string; reviewed: string }, site: URL | string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    dateModified: input.reviewed,
    inLanguage: 'zh-CN',
    mainEntityOfPage: canonicalUrl(input.path, site),
    author: publisher(site),
    publisher: publisher(site),
  };
}

/** The crumbs as shown on the page; the last one is the page itself. */
export function breadcrumbLd(crumbs: Crumb[], path: string, site: URL | string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: canonicalUrl(c.href ?? path, site),
    })),
  };
}

export function websiteLd(site: URL | string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: canonicalUrl('/', site),
    inLanguage: 'zh-CN',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${canonicalUrl('/search/', site)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Serialised for a <script type="application/ld+json"> block, safe against "</script>" in text. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
