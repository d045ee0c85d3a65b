/**
 * The pre-build content check. Reads everything under content/ straight from disk, validates it
 * with the same Zod schemas Astro uses, then checks what a schema cannot see: references between
 * files, troubleshooter graphs, raw contact details and misused components. Every problem names
 * the file, the line when it can, the field and what to do.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { error, warning, type ContentIssue } from './issues';
import { typographyProblems } from './typography';
import { parseYaml, splitFrontmatter, type ParsedYaml, type PathSegment } from './yaml-source';
import { formatPath, zodIssues } from './zod-issues';
import { findRawContacts, lineAt } from './contact-scan';
import { findComponents, findLinks, isOrderedListOnly } from './mdx-scan';
import {
  articleSchema, contactSchema, synonymSchema, topicSchema, troubleshooterSchema, walletSchema, SLUG_PATTERN,
  type ArticleData, type Contact, type Synonym, type Topic, type Troubleshooter, type Wallet,
} from './schemas';
import { checkTree } from '../troubleshooter/graph';
import { needsFraudWarning, riskyTitleWords } from '../fraud-warning';
import { allRoutes } from '../routes';

export const CALLOUT_TYPES = ['tip', 'warning', 'danger', 'fraud'] as const;
/** Components editors may use in MDX without importing them (see src/components/mdx). */
export const EDITOR_COMPONENTS = ['Steps', 'Callout', 'ContactCard', 'Contact', 'ArticleLink', 'Troubleshooter'] as const;

export interface ArticleSource {
  id: string;
  file: string;
  data: ArticleData;
  body: string;
  bodyStartLine: number;
  /** The parsed frontmatter, kept for locating fields by line. */
  yaml: ParsedYaml;
}

export interface ContentModel {
  wallets: Wallet[];
  topics: Topic[];
  contacts: Contact[];
  /** Reader words → article words for search (content/search-synonyms.yaml). */
  synonyms: Synonym[];
  articles: ArticleSource[];
  trees: Array<{ file: string; tree: Troubleshooter; yaml: ParsedYaml }>;
}

export interface CheckResult {
  issues: ContentIssue[];
  model: ContentModel;
}

/** Reviewed dates older than this get a warning: facts drift. */
export const STALE_AFTER_DAYS = 365;

export interface CheckOptions {
  /** "Today" for the stale-date warning (tests pin it). */
  today?: Date;
}

/** @param projectRoot folder that holds content/ (file names in issues are relative to it). */
export function checkContent(projectRoot: string, contentDir = join(projectRoot, 'content'), options: CheckOptions = {}): CheckResult {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  const model: ContentModel = { wallets: [], topics: [], contacts: [], synonyms: [], articles: [], trees: [] };

  model.wallets = readList(join(contentDir, 'wallets.yaml'), walletSchema, rel, issues);
  model.topics = readList(join(contentDir, 'topics.yaml'), topicSchema, rel, issues);
  model.contacts = readList(join(contentDir, 'contacts.yaml'), contactSchema, rel, issues);
  model.synonyms = readList(join(contentDir, 'search-synonyms.yaml'), synonymSchema, rel, issues);

  const walletIds = new Set(model.wallets.map((w) => w.id));
  const topicById = new Map(model.topics.map((t) => [t.id, t]));
  const contactIds = new Set(model.contacts.map((c) => c.id));
  const walletList = [...walletIds].join('、');

  for (const c of model.contacts) {
    if (!walletIds.has(c.wallet)) {
      issues.push(error(rel(join(contentDir, 'contacts.yaml')), `${c.id}.wallet`, `未知的钱包「${c.wallet}」。`, `改成 ${walletList} 之一。`));
    }
  }

  // Articles: content/articles/<wallet>/<slug>.mdx
  const articlesDir = join(contentDir, 'articles');
  const seenIds = new Map<string, string>();
  for (const abs of listFiles(articlesDir, /\.(mdx|md)$/)) {
    const file = rel(abs);
    const parts = relative(articlesDir, abs).split(sep);
    const slug = parts.at(-1)!.replace(/\.(mdx|md)$/, '');
    if (parts.length !== 2) {
      issues.push(error(file, undefined, '文章要放在 content/articles/<钱包>/ 这一层文件夹里。', `移到 content/articles/<钱包>/${slug}.mdx，钱包是 ${walletList} 之一。`));
      continue;
    }
    const folder = parts[0]!;
    if (!SLUG_PATTERN.test(slug)) {
      issues.push(error(file, '文件名', `文件名「${slug}」不能做网址。`, '文件名就是网址的一部分：只用小写字母、数字和连字符，例如 forgot-password.mdx。'));
      continue;
    }
    const id = `${folder}/${slug}`;
    const earlier = seenIds.get(id);
    if (earlier) {
      issues.push(error(file, '文件名', `网址 /${id}/ 已经被 ${earlier} 占用（重复的 slug）。`, '给其中一篇换一个文件名，或者合并两篇。'));
      continue;
    }
    seenIds.set(id, file);

    const text = readFileSync(abs, 'utf8');
    const { frontmatter, body, bodyStartLine } = splitFrontmatter(text);
    if (frontmatter === undefined) {
      issues.push(error(file, 'frontmatter', '文件开头没有 frontmatter（两行 --- 之间的字段）。', '在文件最前面加上 ---、title、description 等字段和结尾的 ---；可以用 npm run new 生成模板。', 1));
      continue;
    }
    const yaml = parseYaml(frontmatter, 1);
    if (yaml.syntaxError) {
      issues.push(error(file, 'frontmatter', `frontmatter 不是合法的 YAML：${yaml.syntaxError.message}`, '检查这一行的冒号、缩进和引号；含冒号的文字要用引号括起来。', yaml.syntaxError.line));
      continue;
    }
    const parsed = articleSchema.safeParse(yaml.data ?? {});
    const found = zodIssues(file, parsed, yaml.data, yaml.lineOf);
    issues.push(...found);
    if (!parsed.success) continue;
    const data = parsed.data;
    if (!walletIds.has(data.wallet)) {
      issues.push(error(file, 'wallet', `未知的钱包「${data.wallet}」。`, `改成 ${walletList} 之一（见 content/wallets.yaml）。`, yaml.lineOf(['wallet'])));
    } else if (data.wallet !== folder) {
      issues.push(error(file, 'wallet', `wallet 写的是「${data.wallet}」，文件却在 ${folder}/ 文件夹里。`, `把文件移到 content/articles/${data.wallet}/，或者把 wallet 改成 ${folder}。`, yaml.lineOf(['wallet'])));
    }
    if (!topicById.has(data.topic)) {
      issues.push(error(file, 'topic', `未知的主题「${data.topic}」。`, `改成 ${[...topicById.keys()].join('、')} 之一（见 content/topics.yaml）。`, yaml.lineOf(['topic'])));
    }
    model.articles.push({ id, file, data, body, bodyStartLine, yaml });
  }

  // Troubleshooters: content/troubleshooters/<id>.yaml
  for (const abs of listFiles(join(contentDir, 'troubleshooters'), /\.ya?ml$/)) {
    const file = rel(abs);
    const yaml = parseYaml(readFileSync(abs, 'utf8'));
    if (yaml.syntaxError) {
      issues.push(error(file, undefined, `不是合法的 YAML：${yaml.syntaxError.message}`, '检查这一行的冒号、缩进和引号。', yaml.syntaxError.line));
      continue;
    }
    const parsed = troubleshooterSchema.safeParse(yaml.data ?? {});
    issues.push(...zodIssues(file, parsed, yaml.data, yaml.lineOf));
    if (!parsed.success) continue;
    const name = abs.split(sep).at(-1)!.replace(/\.ya?ml$/, '');
    if (parsed.data.id !== name) {
      issues.push(error(file, 'id', `id「${parsed.data.id}」和文件名「${name}」不一致。`, `把 id 改成 ${name}，或者把文件改名为 ${parsed.data.id}.yaml。`, yaml.lineOf(['id'])));
    }
    model.trees.push({ file, tree: parsed.data, yaml });
  }

  // Cross-file references.
  const published = new Map(model.articles.filter((a) => !a.data.draft).map((a) => [a.id, a]));
  const allArticles = new Map(model.articles.map((a) => [a.id, a]));
  const routes = allRoutes({
    wallets: [...walletIds],
    topics: [...topicById.keys()],
    articles: [...published.keys()],
    trees: model.trees.map((t) => ({ id: t.tree.id, start: t.tree.start, nodes: Object.keys(t.tree.nodes) })),
  });

  for (const article of model.articles) {
    const { yaml } = article;
    article.data.related.forEach((target, i) => {
      const line = yaml.lineOf(['related', i]);
      if (target === article.id) {
        issues.push(error(article.file, `related[${i}]`, '文章把自己列为相关文章。', '删掉这一项。', line));
      } else if (!allArticles.has(target)) {
        issues.push(error(article.file, `related[${i}]`, `相关文章「${target}」不存在。`, `写成 钱包/文件名，对应 content/articles/ 下已有的文件${suggest(target, allArticles.keys())}。`, line));
      } else if (!article.data.draft && !published.has(target)) {
        issues.push(error(article.file, `related[${i}]`, `相关文章「${target}」还是草稿，发布后会变成死链接。`, '先发布那篇（draft: false），或者暂时去掉这一项。', line));
      }
    });
    issues.push(...checkBody(article, { routes, contactIds, articleIds: new Set(published.keys()), treeIds: new Set(model.trees.map((t) => t.tree.id)) }));
    const text = readFileSync(join(projectRoot, article.file), 'utf8');
    issues.push(...rawContactsIn(article.file, text));
    issues.push(...typographyInYaml(article.file, yaml), ...typographyInBody(article));
    const risky = riskyTitleWords(article.data.title);
    if (risky && !needsFraudWarning(article.data, topicById.get(article.data.topic))) {
      issues.push(error(article.file, 'fraudWarning', `标题里有「${risky}」：这类退款、钱款或账户问题的文章正是冒充客服诈骗的高发场景，必须显示防骗提醒。`, '在 frontmatter 里加上 fraudWarning: true。', yaml.lineOf(['title'])));
    }
    const age = ((options.today ?? new Date()).getTime() - new Date(article.data.reviewed).getTime()) / 86_400_000;
    if (age > STALE_AFTER_DAYS) {
      issues.push(warning(article.file, 'reviewed', `上次核对是 ${article.data.reviewed}，已经超过 12 个月。`, '对照官方App和官网重新核对事实，然后更新 reviewed 日期。', yaml.lineOf(['reviewed'])));
    }
  }
  issues.push(...orphans(model));

  for (const { file, tree, yaml } of model.trees) {
    tree.wallets.forEach((w, i) => {
      if (!walletIds.has(w)) issues.push(error(file, `wallets[${i}]`, `未知的钱包「${w}」。`, `改成 ${walletList} 之一。`, yaml.lineOf(['wallets', i])));
    });
    if (!topicById.has(tree.topic)) {
      issues.push(error(file, 'topic', `未知的主题「${tree.topic}」。`, `改成 ${[...topicById.keys()].join('、')} 之一。`, yaml.lineOf(['topic'])));
    }
    for (const p of checkTree(tree, { articleExists: (id) => published.has(id), contactExists: (id) => contactIds.has(id) })) {
      issues.push(error(file, formatPath(p.path), p.message, p.fix, yaml.lineOf(p.path)));
    }
    issues.push(...rawContactsIn(file, readFileSync(join(projectRoot, file), 'utf8')), ...typographyInYaml(file, yaml));
  }

  return { issues, model };
}

interface BodyRefs {
  routes: Set<string>;
  contactIds: Set<string>;
  articleIds: Set<string>;
  treeIds: Set<string>;
}

function checkBody(article: ArticleSource, refs: BodyRefs): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (index: number) => article.bodyStartLine + lineAt(article.body, index) - 1;

  for (const link of findLinks(article.body)) {
    const { href } = link;
    if (/^(https?:)?\/\//.test(href) || /^(mailto|tel):/.test(href)) continue; // reported as raw contact
    if (href.startsWith('#')) continue;
    const path = href.split(/[?#]/)[0]!;
    if (!path.startsWith('/')) {
      issues.push(error(article.file, '正文', `链接「${href}」是相对路径，换个位置就会失效。`, '写成以 / 开头的完整路径，例如 /postal/top-up/，或者用 <ArticleLink to="postal/top-up" />。', at(link.index)));
    } else if (!refs.routes.has(path)) {
      const withSlash = path.endsWith('/') ? path : `${path}/`;
      const fix = refs.routes.has(withSlash)
        ? `网址以 / 结尾：改成 ${withSlash}。`
        : `指向已有的页面；文章链接最好用 <ArticleLink to="钱包/文件名" />，构建时会检查。${suggest(path.replace(/^\/|\/$/g, ''), refs.articleIds)}`;
      issues.push(error(article.file, '正文', `链接「${href}」指向不存在的页面。`, fix, at(link.index)));
    }
  }

  for (const use of findComponents(article.body)) {
    const line = at(use.index);
    const known = EDITOR_COMPONENTS as readonly string[];
    if (!known.includes(use.name)) {
      issues.push(error(article.file, '正文', `不认识的组件 <${use.name}>。`, `可用的组件：${known.map((c) => `<${c}>`).join('、')}（用法见 README）。`, line));
      continue;
    }
    if (use.name === 'ContactCard' || use.name === 'Contact') {
      const id = use.attrs.id;
      if (!id) issues.push(error(article.file, '正文', `<${use.name}> 缺少 id。`, `写成 <${use.name} id="…" />，id 来自 content/contacts.yaml：${[...refs.contactIds].join('、')}。`, line));
      else if (!refs.contactIds.has(id)) issues.push(error(article.file, '正文', `<${use.name} id="${id}"> 不在联系方式登记表里。`, `改成已登记的 id（${[...refs.contactIds].join('、')}）；新的联系方式要先带官方来源写进 content/contacts.yaml。`, line));
    }
    if (use.name === 'ArticleLink') {
      const to = use.attrs.to;
      if (!to || !refs.articleIds.has(to)) {
        issues.push(error(article.file, '正文', `<ArticleLink to="${to ?? ''}"> 指向不存在的文章。`, `to 写成 钱包/文件名，例如 postal/top-up${suggest(to ?? '', refs.articleIds)}。`, line));
      }
    }
    if (use.name === 'Troubleshooter') {
      const id = use.attrs.id;
      if (!id || !refs.treeIds.has(id)) {
        issues.push(error(article.file, '正文', `<Troubleshooter id="${id ?? ''}"> 不存在。`, `id 写 content/troubleshooters/ 里的文件名（不带 .yaml）：${[...refs.treeIds].join('、') || '（还没有）'}。`, line));
      }
    }
    if (use.name === 'Callout') {
      const type = use.attrs.type;
      if (type === undefined || !(CALLOUT_TYPES as readonly string[]).includes(type)) {
        issues.push(error(article.file, '正文', `<Callout type="${type ?? ''}"> 的类型不对。`, `type 只能是 ${CALLOUT_TYPES.join('、')} 之一。`, line));
      }
    }
    if (use.name === 'Steps' && (use.inner === undefined || !isOrderedListOnly(use.inner))) {
      issues.push(error(article.file, '正文', '<Steps> 里面只能放一个有序列表。', '在 <Steps> 和 </Steps> 之间空一行，然后每一步写成「1. …」「2. …」；其他说明放到列表外面。', line));
    }
  }
  return issues;
}

function rawContactsIn(file: string, text: string): ContentIssue[] {
  return findRawContacts(text).map((c) =>
    error(file, /\.ya?ml$/.test(file) ? '文字' : '正文', `直接写了${c.kind}「${c.value}」。`, '联系方式只能来自 content/contacts.yaml（每条都有官方来源）：用 <ContactCard id="…" /> 或 <Contact id="…" />；登记表里没有的，先带官方来源登记，查不到来源就不要写。', lineAt(text, c.index)),
  );
}

function typographyInBody(article: ArticleSource): ContentIssue[] {
  return typographyProblems(article.body).map((p) => error(article.file, '正文', p.message, p.fix, article.bodyStartLine + lineAt(article.body, p.index) - 1));
}

/** Typography of the string values of a YAML document (its commas and brackets are syntax, not prose). */
function typographyInYaml(file: string, yaml: ParsedYaml): ContentIssue[] {
  const found: ContentIssue[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      for (const p of typographyProblems(value)) found.push(error(file, formatPath(path), p.message, p.fix, yaml.lineOf(path)));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(yaml.data, []);
  return found;
}

/**
 * Published articles that nothing links to except their automatic hub listing: no other article's
 * related list or body, and no troubleshooter. Readers who land elsewhere will never find them.
 */
function orphans(model: ContentModel): ContentIssue[] {
  const published = model.articles.filter((a) => !a.data.draft);
  const linked = new Set<string>();
  for (const a of published) {
    a.data.related.forEach((id) => linked.add(id));
    for (const l of findLinks(a.body)) linked.add(l.href.replace(/^\/|\/?([?#].*)?$/g, ''));
    for (const c of findComponents(a.body)) if (c.name === 'ArticleLink' && c.attrs.to) linked.add(c.attrs.to);
  }
  for (const { tree } of model.trees) for (const n of Object.values(tree.nodes)) if (n.article) linked.add(n.article);
  return published
    .filter((a) => !linked.has(a.id))
    .map((a) => warning(a.file, undefined, '没有任何文章或排查向导链接到这篇（只在钱包栏目里列出）。', '在相关文章的 related 里加上它，或在正文里用 <ArticleLink> 链接它。', 1));
}

function readList<S extends z.ZodType>(abs: string, schema: S, rel: (p: string) => string, issues: ContentIssue[]): Array<z.infer<S>> {
  const file = rel(abs);
  if (!existsSync(abs)) {
    issues.push(error(file, undefined, '缺少这个文件。', '从仓库历史里恢复它；它是整个站点的基础数据。'));
    return [];
  }
  const yaml = parseYaml(readFileSync(abs, 'utf8'));
  if (yaml.syntaxError) {
    issues.push(error(file, undefined, `不是合法的 YAML：${yaml.syntaxError.message}`, '检查这一行的冒号、缩进和引号。', yaml.syntaxError.line));
    return [];
  }
  if (!Array.isArray(yaml.data)) {
    issues.push(error(file, undefined, '这个文件应该是一个列表（每项以「- id: …」开头）。', '照着文件里已有的条目格式写。', 1));
    return [];
  }
  const out: Array<z.infer<S>> = [];
  const seen = new Set<string>();
  yaml.data.forEach((entry: unknown, i: number) => {
    const label = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `第 ${i + 1} 项`;
    const parsed = schema.safeParse(entry);
    issues.push(...zodIssues(file, parsed, entry, yaml.lineOf, [i], label));
    if (!parsed.success) return;
    const id = (parsed.data as { id?: unknown }).id;
    if (typeof id !== 'string') {
      out.push(parsed.data);
      return;
    }
    if (seen.has(id)) {
      issues.push(error(file, `${id}.id`, `id「${id}」重复了。`, '每一项的 id 必须唯一：改掉其中一个。', yaml.lineOf([i, 'id'])));
      return;
    }
    seen.add(id);
    out.push(parsed.data);
  });
  return out;
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** "（是不是 postal/top-up？）" when a near id exists. */
function suggest(target: string, candidates: Iterable<string>): string {
  const tail = target.split('/').pop() ?? target;
  const near = [...candidates].find((c) => c.endsWith(`/${tail}`) || c.includes(tail));
  return near && near !== target ? `（是不是 ${near}？）` : '';
}
