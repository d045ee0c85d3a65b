/**
 * Editorial policy: the fraud warning where fake customer service strikes, review dates that are
 * real and recent, and no article that readers can only reach through its hub.
 */
import { error, warning, type ContentIssue } from '../issues';
import { findComponents, findLinks } from '../mdx-scan';
import { publishedArticles, type ContentModel } from '../model';
import { needsFraudWarning, riskyTitleWords } from '../../../lib/fraud-warning';
import { outcomeArticleIds, reachableNodes } from '../../../lib/troubleshooter/graph';
import { articleUrl, ROUTES, SAFE_ROUTE_ARTICLE_ID } from '../../../lib/routes';
import { bodyLine } from './lines';

/** Reviewed dates older than this get a warning: facts drift. */
export const STALE_AFTER_DAYS = 365;
const DAY_MS = 86_400_000;

export interface PolicyOptions {
  /** "Today" for the date rules (tests pin it). */
  today?: Date;
}

export function policyIssues(model: ContentModel, options: PolicyOptions = {}): ContentIssue[] {
  const today = options.today ?? new Date();
  const issues: ContentIssue[] = [];
  const topicById = new Map(model.topics.map((t) => [t.id, t]));
  for (const article of model.articles) {
    const { data, yaml, file } = article;
    const risky = riskyTitleWords(data.title, model.synonyms);
    if (risky && !needsFraudWarning(data, topicById.get(data.topic))) {
      issues.push(error(file, 'fraudWarning', `标题里有「${risky}」：这类退款、钱款或账户问题的文章正是冒充客服诈骗的高发场景，必须显示防骗提醒。`, '在 frontmatter 里加上 fraudWarning: true。', yaml.lineOf(['title'])));
    }
    const line = yaml.lineOf(['reviewed']);
    const problem = dateProblem(data.reviewed, today);
    if (problem) issues.push(error(file, 'reviewed', problem, '写成真实的核对日期（年-月-日），例如 2026-11-22。', line));
    else if ((today.getTime() - Date.parse(data.reviewed)) / DAY_MS > STALE_AFTER_DAYS) {
      issues.push(warning(file, 'reviewed', `上次核对是 ${data.reviewed}，已经超过 12 个月。`, '对照官方App和官网重新核对事实，然后更新 reviewed 日期。', line));
    }
  }
  const contacts = model.dataFiles.contacts;
  model.contacts.forEach((c, i) => {
    const problem = dateProblem(c.verified, today);
    if (problem) issues.push(error(contacts.file, `${c.id}.verified`, problem, '写成真实的核对日期（年-月-日），例如 2026-11-22。', contacts.yaml?.lineOf([i, 'verified'])));
  });
  issues.push(...unsafeContactAdvice(model));
  // Money and accounts are where fake customer service strikes: every troubleshooter has a way out to a fraud alert.
  for (const { file, tree, yaml } of model.troubleshooters) {
    if (![...reachableNodes(tree)].some((id) => tree.nodes[id]?.outcome === 'fraud-alert')) {
      issues.push(error(file, 'nodes', '这个排查向导没有「疑似诈骗」的出口。', '加一个选项（例如「有人自称客服说能帮我处理」）通向 outcome: fraud-alert 的结果，列出 antifraud-hotline。', yaml.lineOf(['nodes'])));
    }
  }
  issues.push(...orphans(model));
  return issues;
}

/** An impossible date (2026-13-45 would roll over to 2027) or one in the future is a typo. */
export function dateProblem(value: string, today: Date): string | undefined {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return `日期「${value}」不存在。`;
  if (date.getTime() > today.getTime() + DAY_MS) return `日期「${value}」在将来：核对日期只能是已经核对过的那天。`;
  return undefined;
}

/**
 * Published articles that nothing links to except their automatic hub listing: no other article's
 * related list or body, and no troubleshooter. Readers who land elsewhere will never find them.
 */
function orphans(model: ContentModel): ContentIssue[] {
  const published = [...publishedArticles(model).values()];
  const linked = new Set<string>();
  for (const a of published) {
    a.data.related.forEach((id) => linked.add(id));
    for (const l of findLinks(a.body)) linked.add(l.href.replace(/^\/|\/?([?#].*)?$/g, ''));
    for (const c of findComponents(a.body)) if (c.name === 'ArticleLink' && c.attrs.to) linked.add(c.attrs.to);
  }
  for (const { tree } of model.troubleshooters) for (const n of Object.values(tree.nodes)) outcomeArticleIds(n).forEach((id) => linked.add(id));
  return published
    .filter((a) => !linked.has(a.id))
    .map((a) => warning(a.file, undefined, '没有任何文章或排查向导链接到这篇（只在钱包栏目里列出）。', '在相关文章的 related 里加上它，或在正文里用 <ArticleLink> 链接它。', 1));
}

/** Words that send a reader to customer service or an official site. */
const CONTACT_ADVICE = /客服|官网|官方网站|投诉|申诉/;

/**
 * Every page that sends readers to customer service ends in a route that cannot lead to a
 * scammer: a verified registry entry, the contact page, or the safe-route article — never a bare
 * "go to the official website" that a reader would answer with a search.
 */
function unsafeContactAdvice(model: ContentModel): ContentIssue[] {
  const safeRoute = SAFE_ROUTE_ARTICLE_ID;
  return [...publishedArticles(model).values()]
    .filter((a) => a.id !== safeRoute && CONTACT_ADVICE.test(a.body))
    .filter((a) => {
      const components = findComponents(a.body);
      const links = findLinks(a.body).map((l) => l.href);
      return !(
        components.some((c) => (c.name === 'ArticleLink' && c.attrs.to === safeRoute) || c.name === 'ContactCard' || c.name === 'Contact')
        || links.some((href) => href === articleUrl(safeRoute) || href === ROUTES.contact)
      );
    })
    .map((a) => error(a.file, '正文', `正文让读者找客服或官网，却没有给出安全的找法：读者会去搜索，搜到的常是假客服。`, `在提到客服的地方加上 <ArticleLink to="${safeRoute}" />，或用登记表里的 <ContactCard id="…" />。`, bodyLine(a, CONTACT_ADVICE.exec(a.body)!.index)));
}
