/**
 * What a tree needs besides itself to render its outcomes: the contacts and articles it names,
 * reduced to plain data so it can be passed to the island as props.
 */
import type { Contact, Troubleshooter } from '../content/schemas';
import { contactHref } from '../contacts';
import { articleUrl } from '../routes';
import { TROUBLESHOOTER_TEXTS, type TroubleshooterTexts } from './texts';
import { outcomeArticleIds } from './graph';
import { outcomeArticles, type OutcomeArticles, type TroubleshooterHost } from './outcome-articles';

export interface ContactView { id: string; label: string; value: string; href?: string | undefined; note?: string | undefined }
export interface ArticleView { title: string; url: string }

export interface TroubleshooterView {
  tree: Troubleshooter;
  contacts: Record<string, ContactView>;
  /** Per outcome node: the article(s) it offers this reader, decided at build time (see outcome-articles.ts). */
  outcomes: Record<string, OutcomeArticles>;
  texts: TroubleshooterTexts;
}

export function troubleshooterView(
  tree: Troubleshooter,
  allContacts: Contact[],
  articleTitle: (id: string) => string | undefined,
  walletName: (id: string) => string | undefined = () => undefined,
  host?: TroubleshooterHost,
): TroubleshooterView {
  const contacts: Record<string, ContactView> = {};
  const articles: Record<string, ArticleView> = {};
  for (const node of Object.values(tree.nodes)) {
    for (const id of node.contacts ?? []) {
      const c = allContacts.find((x) => x.id === id);
      if (c) contacts[id] = { id, label: c.label, value: c.value, href: contactHref(c), note: c.note };
    }
    for (const id of outcomeArticleIds(node)) {
      const title = articleTitle(id);
      if (title) articles[id] = { title, url: articleUrl(id) };
    }
  }
  const walletNames = Object.fromEntries(tree.wallets.map((w) => [w, walletName(w) ?? w]));
  const outcomes: Record<string, OutcomeArticles> = {};
  for (const [id, node] of Object.entries(tree.nodes)) if (node.outcome) outcomes[id] = outcomeArticles(node, { articles, walletNames }, host);
  return { tree, contacts, outcomes, texts: TROUBLESHOOTER_TEXTS };
}

/** Question pages are thin (a question and two links): only the start and outcome pages are indexed. */
export function isIndexableStep(tree: Troubleshooter, nodeId: string): boolean {
  return nodeId !== tree.start && tree.nodes[nodeId]?.outcome !== undefined;
}
