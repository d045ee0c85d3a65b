/**
 * What a tree needs besides itself to render its outcomes: the contacts and articles it names,
 * reduced to plain data so it can be passed to the island as props.
 */
import type { Contact, Troubleshooter } from '../content/schemas';
import { contactHref } from '../contacts';
import { articleUrl } from '../routes';
import { TROUBLESHOOTER_TEXTS, type TroubleshooterTexts } from './texts';

export interface ContactView { id: string; label: string; value: string; href?: string | undefined; note?: string | undefined }
export interface ArticleView { title: string; url: string }

export interface TroubleshooterView {
  tree: Troubleshooter;
  contacts: Record<string, ContactView>;
  articles: Record<string, ArticleView>;
  texts: TroubleshooterTexts;
}

export function troubleshooterView(
  tree: Troubleshooter,
  allContacts: Contact[],
  articleTitle: (id: string) => string | undefined,
): TroubleshooterView {
  const contacts: Record<string, ContactView> = {};
  const articles: Record<string, ArticleView> = {};
  for (const node of Object.values(tree.nodes)) {
    for (const id of node.contacts ?? []) {
      const c = allContacts.find((x) => x.id === id);
      if (c) contacts[id] = { id, label: c.label, value: c.value, href: contactHref(c), note: c.note };
    }
    if (node.article) {
      const title = articleTitle(node.article);
      if (title) articles[node.article] = { title, url: articleUrl(node.article) };
    }
  }
  return { tree, contacts, articles, texts: TROUBLESHOOTER_TEXTS };
}

/** Question pages are thin (a question and two links): only the start and outcome pages are indexed. */
export function isIndexableStep(tree: Troubleshooter, nodeId: string): boolean {
  return nodeId !== tree.start && tree.nodes[nodeId]?.outcome !== undefined;
}
