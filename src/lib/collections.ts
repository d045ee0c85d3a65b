/** Sorted, published content for pages. Thin wrapper over astro:content so pages stay short. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type WalletEntry = CollectionEntry<'wallets'>;
export type TopicEntry = CollectionEntry<'topics'>;

export async function getWallets(): Promise<WalletEntry[]> {
  return (await getCollection('wallets')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTopics(): Promise<TopicEntry[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

/** Published articles (drafts too in `astro dev`, for previewing), by topic order, then by title. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const topicOrder = new Map((await getTopics()).map((t) => [t.id, t.data.order]));
  return (await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft)).sort(
    (a, b) => (topicOrder.get(a.data.topic) ?? 99) - (topicOrder.get(b.data.topic) ?? 99) || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
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
