/** Sorted, published content for pages. Thin wrapper over astro:content so pages stay short. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { unknownContactMessage } from '../components/mdx/rules';

export type ArticleEntry = CollectionEntry<'articles'>;
export type WalletEntry = CollectionEntry<'wallets'>;
export type TopicEntry = CollectionEntry<'topics'>;

export async function getWallets(): Promise<WalletEntry[]> {
  return (await getCollection('wallets')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTopics(): Promise<TopicEntry[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

/** What a reader in danger types (content/danger-signs.yaml). */
export async function getDangerSigns(): Promise<Array<CollectionEntry<'dangerSigns'>['data']>> {
  return (await getCollection('dangerSigns')).map((s) => s.data);
}

/** Scam rules in the order editors wrote them: when several match, the earlier rule's pages go first. */
export async function getSearchIntents(): Promise<Array<CollectionEntry<'searchIntents'>['data']>> {
  return (await getCollection('searchIntents')).map((i) => i.data).sort((a, b) => a.position - b.position);
}

// One collator for every comparison: String#localeCompare builds a new one per call, which made
// sorting the articles the slowest part of rendering a 10,000-article site.
export const byChineseTitle = new Intl.Collator('zh-CN');

async function loadArticles(): Promise<ArticleEntry[]> {
  const topicOrder = new Map((await getTopics()).map((t) => [t.id, t.data.order]));
  return (await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft)).sort(
    (a, b) => (topicOrder.get(a.data.topic) ?? 99) - (topicOrder.get(b.data.topic) ?? 99) || byChineseTitle.compare(a.data.title, b.data.title),
  );
}

/**
 * `load` run once per build and shared by every page (content cannot change during a build); run
 * afresh on every call in `astro dev`, so edits show up.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (built ??= load()));
}

/**
 * Published articles (drafts too in `astro dev`, for previewing), by topic order, then by title.
 * Every page asks for them; sorting once per build keeps rendering linear in the number of
 * articles (it grew with the square of it before).
 */
export const getArticles: () => Promise<ArticleEntry[]> = oncePerBuild(loadArticles);

/** Published articles by id (wallet/slug), for looking up `related` without scanning the list. */
export const getArticlesById: () => Promise<Map<string, ArticleEntry>> = oncePerBuild(
  async () => new Map((await getArticles()).map((a) => [a.id, a])),
);

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
