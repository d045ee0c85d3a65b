/** Troubleshooters with the contacts and article titles they need (build time, astro:content). */
import { getCollection, getEntry } from 'astro:content';
import { troubleshooterView, type TroubleshooterView } from '../lib/troubleshooter/view';
import type { TroubleshooterHost } from '../lib/troubleshooter/outcome-articles';
import { unknownTroubleshooterMessage } from '../components/mdx/rules';
import { byChineseTitle, getArticlesById, getWallets, oncePerBuild } from './content';

/** Every troubleshooter, by title. */
export const getTroubleshooters = oncePerBuild(async () =>
  (await getCollection('troubleshooters')).sort((a, b) => byChineseTitle.compare(a.data.title, b.data.title)),
);

/** @param host the article the troubleshooter is embedded in, if any: outcomes offer its wallet's article, never itself. */
export async function getTroubleshooterView(id: string, host?: TroubleshooterHost): Promise<TroubleshooterView> {
  const entry = await getEntry('troubleshooters', id);
  if (!entry) throw new Error(unknownTroubleshooterMessage(id, (await getTroubleshooters()).map((t) => t.id)));
  const contacts = (await getCollection('contacts')).map((c) => c.data);
  const articles = await getArticlesById();
  const wallets = new Map((await getWallets()).map((w) => [w.id, w.data.shortName]));
  return troubleshooterView(entry.data, contacts, (articleId) => articles.get(articleId)?.data.title, (id) => wallets.get(id), host);
}
