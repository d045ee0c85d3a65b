/**
 * What the content loader hands to the rules: every file under content/ parsed once, with its
 * text and the positions of its values kept, so a rule can name the line an editor has to open.
 */
import type { ParsedYaml } from '../../lib/content/yaml-source';
import type { ArticleData, Contact, DangerSign, OfficialDomain, Redirect, SearchIntent, Synonym, Term, Topic, Troubleshooter, Wallet } from '../../lib/content/schemas';

export interface ArticleSource {
  /** `wallet/slug`, the same as the URL path. */
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The whole file as written. */
  text: string;
  data: ArticleData;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyStartLine: number;
  /** The parsed frontmatter, for locating fields by line. */
  yaml: ParsedYaml;
}

export interface TroubleshooterSource {
  file: string;
  text: string;
  tree: Troubleshooter;
  yaml: ParsedYaml;
}

/** One of the list files at the top of content/ (wallets.yaml, topics.yaml, …). */
export interface DataFile {
  file: string;
  text: string;
  /** Undefined when the file is missing or not valid YAML. */
  yaml: ParsedYaml | undefined;
  /** True when every entry loaded: rules that compare against this list only run then, so one broken file does not fan out into dozens of follow-on errors. */
  complete: boolean;
}

export interface ContentModel {
  wallets: Wallet[];
  topics: Topic[];
  contacts: Contact[];
  /** Reader words → article words for search (content/search-synonyms.yaml). */
  synonyms: Synonym[];
  /** Hosts a registry contact's source may be on (content/official-domains.yaml). */
  officialDomains: OfficialDomain[];
  /** Preferred words and the variants to avoid (content/terms.yaml). */
  terms: Term[];
  /** Old article URLs that lead to the article answering them now (content/redirects.yaml). */
  redirects: Redirect[];
  /** Scam patterns that put an anti-fraud page first in search (content/search-intents.yaml). */
  searchIntents: SearchIntent[];
  /** What a reader in danger types: search shows the emergency numbers first (content/danger-signs.yaml). */
  dangerSigns: DangerSign[];
  articles: ArticleSource[];
  troubleshooters: TroubleshooterSource[];
  dataFiles: Record<DataFileName, DataFile>;
}

export const DATA_FILES = {
  wallets: 'wallets.yaml',
  topics: 'topics.yaml',
  contacts: 'contacts.yaml',
  synonyms: 'search-synonyms.yaml',
  officialDomains: 'official-domains.yaml',
  terms: 'terms.yaml',
  redirects: 'redirects.yaml',
  searchIntents: 'search-intents.yaml',
  dangerSigns: 'danger-signs.yaml',
} as const;
export type DataFileName = keyof typeof DATA_FILES;

/** Published articles by id (drafts are checked but never linked to from published pages). */
export function publishedArticles(model: ContentModel): Map<string, ArticleSource> {
  return new Map(model.articles.filter((a) => !a.data.draft).map((a) => [a.id, a]));
}
