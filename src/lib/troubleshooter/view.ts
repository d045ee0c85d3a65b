/**
 * What a tree needs besides itself to render its outcomes: the contacts and articles it names,
 * reduced to plain data so it can be passed to the island as props.
 */
import type { Contact, Troubleshooter, TroubleshooterNode } from '../content/schemas';
import { contactHref } from '../contacts';
import { articleUrl, EMERGENCY_CONTACT_IDS, JUST_SCAMMED_ARTICLE_ID } from '../routes';
import { TROUBLESHOOTER_TEXTS, type TroubleshooterTexts } from './texts';
import { outcomeArticleIds } from './graph';
import { outcomeArticles, type OutcomeArticles, type TroubleshooterHost } from './outcome-articles';

export interface ContactView { id: string; label: string; value: string; href?: string | undefined; note?: string | undefined }
export interface ArticleView { title: string; url: string }
/** A node as the island gets it: a fraud alert's `calls` are 110 and 96110 from the registry (EMERGENCY_CONTACT_IDS). */
export type ViewNode = TroubleshooterNode & { calls?: ContactView[]; firstHour?: ArticleView | undefined };

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
  const contactView = (id: string): ContactView | undefined => {
    const c = allContacts.find((x) => x.id === id);
    return c && { id, label: c.label, value: c.value, href: contactHref(c), note: c.note };
  };
  for (const node of Object.values(tree.nodes)) {
    for (const id of node.contacts ?? []) {
      const c = contactView(id);
      if (c) contacts[id] = c;
    }
    for (const id of outcomeArticleIds(node)) {
      const title = articleTitle(id);
      if (title) articles[id] = { title, url: articleUrl(id) };
    }
  }
  const walletNames = Object.fromEntries(tree.wallets.map((w) => [w, walletName(w) ?? w]));
  const outcomes: Record<string, OutcomeArticles> = {};
  for (const [id, node] of Object.entries(tree.nodes)) if (node.outcome) outcomes[id] = outcomeArticles(node, { articles, walletNames }, host);
  // A fraud alert opens with 110 and 96110 from the registry as large buttons (`calls`, Outcome.tsx),
  // whether the tree lists them or not; its own list of contacts below leaves them out. Decided here,
  // at build time: the island has a 12 KB budget. (The registry always has both: /contact/ needs them.)
  const emergency: readonly string[] = EMERGENCY_CONTACT_IDS;
  const calls = emergency.map(contactView).filter((c) => c !== undefined);
  // Under the numbers, the page for a reader who has already paid or given a code away.
  const firstHourTitle = articleTitle(JUST_SCAMMED_ARTICLE_ID);
  const firstHour = firstHourTitle ? { title: firstHourTitle, url: articleUrl(JUST_SCAMMED_ARTICLE_ID) } : undefined;
  const nodes = Object.fromEntries(Object.entries(tree.nodes).map(([id, node]): [string, ViewNode] =>
    [id, node.outcome === 'fraud-alert' ? { ...node, calls, firstHour, contacts: node.contacts?.filter((c) => !emergency.includes(c)) } : node]));
  return { tree: { ...tree, nodes }, contacts, outcomes, texts: TROUBLESHOOTER_TEXTS };
}

/** Question pages are thin (a question and two links): only the start and outcome pages are indexed. */
export function isIndexableStep(tree: Troubleshooter, nodeId: string): boolean {
  return nodeId !== tree.start && tree.nodes[nodeId]?.outcome !== undefined;
}
