/** Every URL of the site in one place. Trailing slashes everywhere (one URL per page). */

/** The pages that exist whatever the content. Pages link through these names, never literal paths. */
export const ROUTES = {
  home: '/',
  about: '/about/',
  contact: '/contact/',
  search: '/search/',
  troubleshooters: '/troubleshoot/',
  topics: '/topics/',
  /** The reader's number check (核实号码). */
  check: '/check/',
} as const;
export const STATIC_ROUTES: readonly string[] = Object.values(ROUTES);

/** The article every fraud warning points to, and the topic that gathers the anti-fraud pages. */
export const FRAUD_ARTICLE_ID = 'general/fake-customer-service';
export const ANTI_FRAUD_TOPIC_ID = 'anti-fraud';

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
export const topicUrl = (topic: string) => `${ROUTES.topics}${topic}/`;
export const troubleshooterUrl = (id: string) => `${ROUTES.troubleshooters}${id}/`;
export const troubleshooterNodeUrl = (id: string, node: string) => `${troubleshooterUrl(id)}${node}/`;
/** The page of a troubleshooter's node. The start node's page is the troubleshooter page itself (one URL per content). */
export const troubleshooterStepUrl = (tree: { id: string; start: string }, nodeId: string) =>
  nodeId === tree.start ? troubleshooterUrl(tree.id) : troubleshooterNodeUrl(tree.id, nodeId);
export const fraudArticleUrl = () => articleUrl(FRAUD_ARTICLE_ID);

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
    t.nodes.forEach((n) => routes.add(troubleshooterStepUrl(t, n)));
  }
  return routes;
}
