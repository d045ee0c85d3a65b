/** Which article a troubleshooter outcome offers a reader (decided at build time, rendered by the island). */
import type { TroubleshooterNode } from '../content/schemas';
import { articleFor } from './graph';
import type { ArticleView } from './view';

/** Where an embedded troubleshooter sits: the article's wallet and id. */
export interface TroubleshooterHost { wallet: string; article: string }

export type OutcomeArticles =
  | { kind: 'none' }
  /** The full answer is the article the troubleshooter is embedded in: say so, never link to it. */
  | { kind: 'here' }
  /** One link, or one per wallet (`wallet` set) when the outcome names different articles. */
  | { kind: 'links'; links: Array<{ wallet?: string; walletName?: string; article: ArticleView }> };

/**
 * Which article(s) an outcome offers. Inside an article: the one for that article's wallet, never
 * the article itself. On the troubleshooter's own pages: one link, or one per wallet when they differ.
 */
export function outcomeArticles(node: TroubleshooterNode, view: { articles: Record<string, ArticleView>; walletNames: Record<string, string> }, host?: TroubleshooterHost): OutcomeArticles {
  if (!node.article) return { kind: 'none' };
  const link = (id: string | undefined) => (id && view.articles[id] ? { article: view.articles[id] } : undefined);
  if (host) {
    const id = articleFor(node, host.wallet);
    if (id === host.article) return { kind: 'here' };
    const one = link(id);
    return one ? { kind: 'links', links: [one] } : { kind: 'none' };
  }
  const shared = link(articleFor(node));
  if (shared) return { kind: 'links', links: [shared] };
  const links = Object.keys(view.walletNames).flatMap((wallet) => {
    const one = link(articleFor(node, wallet));
    return one ? [{ wallet, walletName: view.walletNames[wallet] ?? wallet, ...one }] : [];
  });
  return links.length ? { kind: 'links', links } : { kind: 'none' };
}
