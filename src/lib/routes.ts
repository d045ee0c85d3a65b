/** Every URL of the site in one place. Trailing slashes everywhere (one URL per page). */

export const STATIC_ROUTES = ['/', '/about/', '/contact/', '/search/', '/troubleshoot/', '/topics/'] as const;

/**
 * First path segments the site uses itself: a wallet with one of these ids would lose its hub
 * (/<wallet>/) to the page that is already there.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  ...STATIC_ROUTES.map((r) => r.split('/')[1]!).filter(Boolean),
  'editors', 'pagefind', '_astro', '404', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg',
]);

export const walletUrl = (wallet: string) => `/${wallet}/`;
/** Article ids are `wallet/slug`, the same as their path under content/articles/. */
export const articleUrl = (id: string) => `/${id}/`;
export const topicUrl = (topic: string) => `/topics/${topic}/`;
export const troubleshooterUrl = (tree: string) => `/troubleshoot/${tree}/`;
export const troubleshooterNodeUrl = (tree: string, node: string) => `/troubleshoot/${tree}/${node}/`;

export interface RouteInputs {
  wallets: string[];
  topics: string[];
  articles: string[];
  troubleshooters: Array<{ id: string; start: string; nodes: string[] }>;
}

export function allRoutes(input: RouteInputs): Set<string> {
  const routes = new Set<string>(STATIC_ROUTES);
  input.wallets.forEach((w) => routes.add(walletUrl(w)));
  input.topics.forEach((t) => routes.add(topicUrl(t)));
  input.articles.forEach((a) => routes.add(articleUrl(a)));
  for (const t of input.troubleshooters) {
    routes.add(troubleshooterUrl(t.id));
    // The start node has no page of its own: it is the tree page.
    t.nodes.filter((n) => n !== t.start).forEach((n) => routes.add(troubleshooterNodeUrl(t.id, n)));
  }
  return routes;
}
