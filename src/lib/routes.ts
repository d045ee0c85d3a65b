/** Every URL of the site in one place. Trailing slashes everywhere (one URL per page). */

/** Kept apart so the troubleshooter island bundles this string, not the whole route table. */
const TROUBLESHOOTERS = '/troubleshoot/';

/** The pages that exist whatever the content. Pages link through these names, never literal paths. */
export const ROUTES = {
  home: '/',
  about: '/about/',
  contact: '/contact/',
  search: '/search/',
  troubleshooters: TROUBLESHOOTERS,
  topics: '/topics/',
  /** The reader's number check (核实号码). */
  check: '/check/',
} as const;
/** Every page that exists whatever the content (a function, so bundles that only build URLs stay small). */
export const staticRoutes = (): string[] => Object.values(ROUTES);

/** The article every fraud warning points to, and the topic that gathers the anti-fraud pages. */
export const FRAUD_ARTICLE_ID = 'general/fake-customer-service';
export const ANTI_FRAUD_TOPIC_ID = 'anti-fraud';
/** How to find a genuinely official channel when search results cannot be trusted. */
export const SAFE_ROUTE_ARTICLE_ID = 'general/find-official-channel';
/** How to tell which wallet app is really on your phone (hubs of unverified app names link it). */
export const WHICH_APP_ARTICLE_ID = 'general/which-app-do-i-have';
/** What to do in the first hour after being scammed: the danger box in search and every fraud-alert outcome link it. */
export const JUST_SCAMMED_ARTICLE_ID = 'general/just-scammed';
/** The troubleshooter for "someone claiming to be customer service contacted me". */
export const SCAM_CHECK_TROUBLESHOOTER_ID = 'scam-check';
/** Registry ids of the emergency numbers shown first on /contact/ (110 and 96110). */
export const EMERGENCY_CONTACT_IDS = ['police', 'antifraud-hotline'] as const;


export const walletUrl = (wallet: string) => `/${wallet}/`;
/** Article ids are `wallet/slug`, the same as their path under content/articles/. */
export const articleUrl = (id: string) => `/${id}/`;
export const topicUrl = (topic: string) => `${ROUTES.topics}${topic}/`;
export const troubleshooterUrl = (id: string) => `${TROUBLESHOOTERS}${id}/`;
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
  const routes = new Set<string>(staticRoutes());
  input.wallets.forEach((w) => routes.add(walletUrl(w)));
  input.topics.forEach((t) => routes.add(topicUrl(t)));
  input.articles.forEach((a) => routes.add(articleUrl(a)));
  for (const t of input.troubleshooters) {
    routes.add(troubleshooterUrl(t.id));
    t.nodes.forEach((n) => routes.add(troubleshooterStepUrl(t, n)));
  }
  return routes;
}
