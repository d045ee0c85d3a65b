/** Sorted, published content for pages. Thin wrapper over astro:content so pages stay short. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { unknownContactMessage } from './contacts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type WalletEntry = CollectionEntry<'wallets'>;
export type TopicEntry = CollectionEntry<'topics'>;

export async function getWallets(): Promise<WalletEntry[]> {
  return (await getCollection('wallets')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTopics(): Promise<TopicEntry[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

// One collator for every comparison: String#localeCompare builds a new one per call, which made
// sorting the articles the slowest part of rendering a 10,000-article site.
const byChineseTitle = new Intl.Collator('zh-CN');

async function loadArticles(): Promise<ArticleEntry[]> {
  const topicOrder = new Map((await getTopics()).map((t) => [t.id, t.data.order]));
  return (await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft)).sort(
    (a, b) => (topicOrder.get(a.data.topic) ?? 99) - (topicOrder.get(b.data.topic) ?? 99) || byChineseTitle.compare(a.data.title, b.data.title),
  );
}

let builtArticles: Promise<ArticleEntry[]> | undefined;

/**
 * Published articles (drafts too in `astro dev`, for previewing), by topic order, then by title.
 * A build asks for them once per page; content cannot change during a build, so the sorted list is
 * computed once (without this, rendering grew with the square of the number of articles). In dev
 * it is recomputed so edits show up.
 */
export function getArticles(): Promise<ArticleEntry[]> {
  if (import.meta.env.DEV) return loadArticles();
  return (builtArticles ??= loadArticles());
}

let builtIndex: Promise<Map<string, ArticleEntry>> | undefined;

/** Published articles by id (wallet/slug), for looking up `related` without scanning the list. */
export function getArticlesById(): Promise<Map<string, ArticleEntry>> {
  const load = async () => new Map((await getArticles()).map((a) => [a.id, a]));
  if (import.meta.env.DEV) return load();
  return (builtIndex ??= load());
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * A contact of the verified registry by id. The content check reports an unknown id first, with
 * file and line; this is the last guard, naming the ids that exist.
 */
export async function getContact(id: string): Promise<CollectionEntry<'contacts'>['data']> {
  const entry = await getEntry('contacts', id);
  if (!entry) throw new Error(unknownContactMessage(id, (await getCollection('contacts')).map((c) => c.id)));
  return entry.data;
}
