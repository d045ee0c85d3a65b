/**
 * Everything that points somewhere must point at something that exists: wallets, topics, related
 * articles, links and component ids in article bodies, troubleshooter nodes, contacts. Ids must
 * not take a URL the site already uses for something else.
 */
import { error, type ContentIssue } from '../issues';
import { formatPath } from '../zod-issues';
import { findComponents, findLinks } from '../mdx-scan';
import { publishedArticles, type ArticleSource, type ContentModel } from '../model';
import { allRoutes, EMERGENCY_CONTACT_IDS, staticRoutes } from '../../../lib/routes';
import { checkTroubleshooter } from '../../../lib/troubleshooter/graph';
import { unknownArticleMessage, unknownContactMessage, unknownTroubleshooterMessage } from '../../../components/mdx/rules';
import { bodyLine } from './lines';

/**
 * First path segments the site uses itself: a wallet with one of these ids would lose its hub
 * (/<wallet>/) to the page that is already there.
 */
const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  ...staticRoutes().map((r) => r.split('/')[1]!).filter(Boolean),
  'editors', 'pagefind', 'answers', '_astro', '404', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg',
]);

export function referenceIssues(model: ContentModel): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { dataFiles } = model;
  // A list that failed to load would make every reference to it look wrong: check against it only when complete.
  const walletIds = dataFiles.wallets.complete ? new Set(model.wallets.map((w) => w.id)) : undefined;
  const topicIds = dataFiles.topics.complete ? new Set(model.topics.map((t) => t.id)) : undefined;
  const contactIds = dataFiles.contacts.complete ? new Set(model.contacts.map((c) => c.id)) : undefined;
  const walletList = [...(walletIds ?? [])].join('、');
  const topicList = [...(topicIds ?? [])].join('、');

  // Wallet and topic ids become URLs: /<wallet>/ and /topics/<topic>/.
  model.wallets.forEach((w, i) => {
    if (RESERVED_SEGMENTS.has(w.id)) {
      issues.push(error(dataFiles.wallets.file, `${w.id}.id`, `钱包 id「${w.id}」和站内已有的网址 /${w.id}/ 重名，这个钱包的栏目页会被挡住。`, `换一个 id（不能用 ${[...RESERVED_SEGMENTS].join('、')}），并同时改掉文章文件夹名。`, dataFiles.wallets.yaml?.lineOf([i, 'id'])));
    }
  });
  // The pages every reader in trouble meets (/contact/, fraud alerts) call these two.
  if (contactIds) {
    for (const id of EMERGENCY_CONTACT_IDS) {
      if (!contactIds.has(id)) issues.push(error(dataFiles.contacts.file, undefined, `登记表里缺少「${id}」：联系页和防骗结论的紧急电话要用它。`, `把「${id}」这一条（带官方来源）加回 content/contacts.yaml。`));
    }
  }
  for (const c of model.contacts) {
    if (walletIds && !walletIds.has(c.wallet)) {
      issues.push(error(dataFiles.contacts.file, `${c.id}.wallet`, `未知的钱包「${c.wallet}」。`, `改成 ${walletList} 之一。`, dataFiles.contacts.yaml?.lineOf([model.contacts.indexOf(c), 'wallet'])));
    }
  }

  const published = publishedArticles(model);
  const allArticles = new Map(model.articles.map((a) => [a.id, a]));
  const treeIds = model.troubleshooters.map((t) => t.tree.id);
  const routes = allRoutes({
    wallets: model.wallets.map((w) => w.id),
    topics: model.topics.map((t) => t.id),
    articles: [...published.keys()],
    troubleshooters: model.troubleshooters.map(({ tree }) => ({ id: tree.id, start: tree.start, nodes: Object.keys(tree.nodes) })),
  });

  for (const article of model.articles) {
    const { data, yaml, file } = article;
    const folder = article.id.split('/')[0]!;
    if (walletIds && !walletIds.has(data.wallet)) {
      issues.push(error(file, 'wallet', `未知的钱包「${data.wallet}」。`, `改成 ${walletList} 之一（见 content/wallets.yaml）。`, yaml.lineOf(['wallet'])));
    } else if (data.wallet !== folder) {
      issues.push(error(file, 'wallet', `wallet 写的是「${data.wallet}」，文件却在 ${folder}/ 文件夹里。`, `把文件移到 content/articles/${data.wallet}/，或者把 wallet 改成 ${folder}。`, yaml.lineOf(['wallet'])));
    }
    if (topicIds && !topicIds.has(data.topic)) {
      issues.push(error(file, 'topic', `未知的主题「${data.topic}」。`, `改成 ${topicList} 之一（见 content/topics.yaml）。`, yaml.lineOf(['topic'])));
    }
    data.related.forEach((target, i) => {
      const line = yaml.lineOf(['related', i]);
      if (target === article.id) {
        issues.push(error(file, `related[${i}]`, '文章把自己列为相关文章。', '删掉这一项。', line));
      } else if (!allArticles.has(target)) {
        issues.push(error(file, `related[${i}]`, `相关文章「${target}」不存在。`, `写成 钱包/文件名，对应 content/articles/ 下已有的文件${suggest(target, allArticles.keys())}。`, line));
      } else if (!data.draft && !published.has(target)) {
        issues.push(error(file, `related[${i}]`, `相关文章「${target}」还是草稿，发布后会变成死链接。`, '先发布那篇（draft: false），或者暂时去掉这一项。', line));
      }
    });
    issues.push(...bodyReferences(article, { routes, routesComplete: dataFiles.wallets.complete && dataFiles.topics.complete, contactIds, articleIds: new Set(published.keys()), treeIds }));
  }

  issues.push(...redirectIssues(model, published), ...intentIssues(model, published), ...synonymIssues(model));

  for (const { file, tree, yaml } of model.troubleshooters) {
    tree.wallets.forEach((w, i) => {
      if (walletIds && !walletIds.has(w)) issues.push(error(file, `wallets[${i}]`, `未知的钱包「${w}」。`, `改成 ${walletList} 之一。`, yaml.lineOf(['wallets', i])));
    });
    if (topicIds && !topicIds.has(tree.topic)) {
      issues.push(error(file, 'topic', `未知的主题「${tree.topic}」。`, `改成 ${topicList} 之一。`, yaml.lineOf(['topic'])));
    }
    const refs = { articleExists: (id: string) => published.has(id), contactExists: (id: string) => !contactIds || contactIds.has(id) };
    for (const p of checkTroubleshooter(tree, refs)) issues.push(error(file, formatPath(p.path), p.message, p.fix, yaml.lineOf(p.path)));
  }
  return issues;
}

interface BodyRefs {
  routes: Set<string>;
  /** False while wallets.yaml or topics.yaml failed to load: their hubs would look like broken links. */
  routesComplete: boolean;
  contactIds: Set<string> | undefined;
  articleIds: Set<string>;
  treeIds: string[];
}

function bodyReferences(article: ArticleSource, refs: BodyRefs): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { file } = article;
  for (const link of findLinks(article.body)) {
    const { href } = link;
    // Off-site links and contact schemes are the contact rule's: they may never appear at all.
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href) || href.startsWith('#')) continue;
    const path = href.split(/[?#]/)[0]!;
    const line = bodyLine(article, link.index);
    if (!path.startsWith('/')) {
      issues.push(error(file, '正文', `链接「${href}」是相对路径，换个位置就会失效。`, '写成以 / 开头的完整路径，例如 /postal/top-up/，或者用 <ArticleLink to="postal/top-up" />。', line));
    } else if (refs.routesComplete && !refs.routes.has(path)) {
      const withSlash = path.endsWith('/') ? path : `${path}/`;
      const fix = refs.routes.has(withSlash)
        ? `网址以 / 结尾：改成 ${withSlash}。`
        : `指向已有的页面；文章链接最好用 <ArticleLink to="钱包/文件名" />，构建时会检查。${suggest(path.replace(/^\/|\/$/g, ''), refs.articleIds)}`;
      issues.push(error(file, '正文', `链接「${href}」指向不存在的页面。`, fix, line));
    }
  }
  for (const use of findComponents(article.body)) {
    const line = bodyLine(article, use.index);
    const { id, to } = use.attrs;
    if ((use.name === 'ContactCard' || use.name === 'Contact') && refs.contactIds && (!id || !refs.contactIds.has(id))) {
      issues.push(error(file, '正文', unknownContactMessage(id, [...refs.contactIds]), `写成 <${use.name} id="…" />，用已登记的 id；查不到官方来源的联系方式不要写。`, line));
    }
    if (use.name === 'ArticleLink' && (!to || !refs.articleIds.has(to))) {
      issues.push(error(file, '正文', unknownArticleMessage(to), `改成已发布的文章${suggest(to ?? '', refs.articleIds)}。`, line));
    }
    if (use.name === 'Troubleshooter' && (!id || !refs.treeIds.includes(id))) {
      issues.push(error(file, '正文', unknownTroubleshooterMessage(id, refs.treeIds), '改成已有的排查向导 id，或者先在 content/troubleshooters/ 里写好这个向导。', line));
    }
  }
  return issues;
}

/** "（是不是 postal/top-up？）" when a near id exists. */
export function suggest(target: string, candidates: Iterable<string>): string {
  const tail = target.split('/').pop() ?? target;
  const near = [...candidates].find((c) => c.endsWith(`/${tail}`) || c.includes(tail));
  return near && near !== target ? `（是不是 ${near}？）` : '';
}

/** A redirect leads from a URL no article has any more to an article that is published. */
function redirectIssues(model: ContentModel, published: Map<string, ArticleSource>): ContentIssue[] {
  const { file, yaml } = model.dataFiles.redirects;
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  model.redirects.forEach((r, i) => {
    if (model.articles.some((a) => a.id === r.from)) {
      issues.push(error(file, `第 ${i + 1} 项.from`, `「${r.from}」还是一篇文章，跳转会让它打不开。`, '删掉这条跳转，或者先删掉（合并）那篇文章。', yaml?.lineOf([i, 'from'])));
    }
    if (!published.has(r.to)) {
      issues.push(error(file, `第 ${i + 1} 项.to`, `跳转目标「${r.to}」不是已发布的文章。`, `写成已发布文章的 钱包/文件名${suggest(r.to, published.keys())}。`, yaml?.lineOf([i, 'to'])));
    }
    if (seen.has(r.from)) issues.push(error(file, `第 ${i + 1} 项.from`, `「${r.from}」的跳转写了两次。`, '只留一条。', yaml?.lineOf([i, 'from'])));
    seen.add(r.from);
  });
  return issues;
}

/**
 * A reader's phrase (or lone character) means one thing: in two entries of the synonym table
 * search would quietly use whichever it met first.
 */
function synonymIssues(model: ContentModel): ContentIssue[] {
  const { file, yaml } = model.dataFiles.synonyms;
  const issues: ContentIssue[] = [];
  const owner = new Map<string, number>();
  model.synonyms.forEach((entry, i) => {
    for (const field of ['say', 'alone'] as const) {
      entry[field].forEach((phrase, j) => {
        const key = `${field}:${phrase.toLowerCase()}`;
        const first = owner.get(key);
        if (first === undefined) owner.set(key, i);
        else if (first !== i || entry[field].indexOf(phrase) !== j) {
          const where = first === i ? '这一项里' : `第 ${first + 1} 项（${model.synonyms[first]!.means}）里`;
          issues.push(error(file, `第 ${i + 1} 项.${field}`, `「${phrase}」在${where}已经有了。`, `一个说法只能对应一个词：删掉其中一处。`, yaml?.lineOf([i, field, j])));
        }
      });
    }
  });
  return issues;
}

/** A search rule compiles and points at published articles. */
function intentIssues(model: ContentModel, published: Map<string, ArticleSource>): ContentIssue[] {
  const { file, yaml } = model.dataFiles.searchIntents;
  const issues: ContentIssue[] = [];
  model.searchIntents.forEach((intent, i) => {
    intent.when.forEach((pattern, j) => {
      try {
        new RegExp(pattern);
      } catch {
        issues.push(error(file, `${intent.id}.when[${j}]`, `「${pattern}」不是有效的规则（括号没配对，或者用了特殊符号）。`, '写成普通的词；要表示「甲或乙」写 (甲|乙)，任意几个字写 .*。', yaml?.lineOf([i, 'when', j])));
      }
    });
    intent.articles.forEach((id, j) => {
      if (!published.has(id)) issues.push(error(file, `${intent.id}.articles[${j}]`, `文章「${id}」不存在或还没发布。`, `写成已发布文章的 钱包/文件名${suggest(id, published.keys())}。`, yaml?.lineOf([i, 'articles', j])));
    });
  });
  return issues;
}
