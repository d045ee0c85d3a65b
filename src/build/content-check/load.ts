/**
 * The content loader: reads everything under content/ once and returns the model the rules work
 * on, plus the problems found while reading (files in the wrong place, YAML that does not parse,
 * fields that fail their schema). Nothing is skipped in silence: a file the site would not load
 * is reported, never ignored.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { error, type ContentIssue } from './issues';
import { zodIssues } from './zod-issues';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../../lib/content/yaml-source';
import {
  articleSchema, contactSchema, officialDomainSchema, synonymSchema, termSchema, redirectSchema, searchIntentSchema, dangerSignSchema, topicSchema, troubleshooterSchema, walletSchema, SLUG_PATTERN,
} from '../../lib/content/schemas';
import { DATA_FILES, type ContentModel, type DataFile, type DataFileName } from './model';

export interface LoadResult {
  model: ContentModel;
  issues: ContentIssue[];
}

/** Folders and files that may stand directly in content/ (coverage/ is read by the tests). */
const CONTENT_ENTRIES = new Set<string>([...Object.values(DATA_FILES), 'articles', 'troubleshooters', 'coverage']);

/** Lists that may be absent (no redirects yet). */
const OPTIONAL_FILES = new Set<string>([DATA_FILES.redirects, DATA_FILES.searchIntents, DATA_FILES.dangerSigns]);

/** Slugs that would clash with a page of their own folder. */
const RESERVED_SLUGS = new Set(['index']);

/** @param projectRoot the folder that holds content/; file names in issues are relative to it. */
export function loadContent(projectRoot: string): LoadResult {
  const contentDir = join(projectRoot, 'content');
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  const issues: ContentIssue[] = [];

  issues.push(...strayEntries(contentDir, rel));
  const schemas = { wallets: walletSchema, topics: topicSchema, contacts: contactSchema, synonyms: synonymSchema, officialDomains: officialDomainSchema, terms: termSchema, redirects: redirectSchema, searchIntents: searchIntentSchema, dangerSigns: dangerSignSchema };
  const lists = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileName[]).map((name) => [name, readList(join(contentDir, DATA_FILES[name]), schemas[name], rel, issues)]),
  ) as { [K in DataFileName]: { items: Array<z.infer<(typeof schemas)[K]>>; source: DataFile } };

  const model: ContentModel = {
    wallets: lists.wallets.items,
    topics: lists.topics.items,
    contacts: lists.contacts.items,
    synonyms: lists.synonyms.items,
    officialDomains: lists.officialDomains.items,
    terms: lists.terms.items,
    redirects: lists.redirects.items,
    searchIntents: lists.searchIntents.items,
    dangerSigns: lists.dangerSigns.items,
    articles: [],
    troubleshooters: [],
    dataFiles: {
      wallets: lists.wallets.source, topics: lists.topics.source, contacts: lists.contacts.source, synonyms: lists.synonyms.source,
      officialDomains: lists.officialDomains.source,
      terms: lists.terms.source,
      redirects: lists.redirects.source,
      searchIntents: lists.searchIntents.source,
      dangerSigns: lists.dangerSigns.source,
    },
  };
  loadArticles(join(contentDir, 'articles'), rel, model, issues);
  loadTroubleshooters(join(contentDir, 'troubleshooters'), rel, model, issues);
  return { model, issues };
}

function strayEntries(contentDir: string, rel: (abs: string) => string): ContentIssue[] {
  if (!existsSync(contentDir)) return [error('content', undefined, '找不到 content/ 文件夹。', '在项目根目录下放好 content/（从仓库历史恢复）。')];
  return readdirSync(contentDir)
    .filter((name) => !CONTENT_ENTRIES.has(name) && !name.startsWith('.'))
    .map((name) => error(rel(join(contentDir, name)), undefined, '构建不会读取这个文件或文件夹。', `文章放进 content/articles/<钱包>/，排查向导放进 content/troubleshooters/；content/ 下只认：${[...CONTENT_ENTRIES].join('、')}。`));
}

function loadArticles(dir: string, rel: (abs: string) => string, model: ContentModel, issues: ContentIssue[]) {
  const seen = new Map<string, string>();
  for (const entry of walk(dir, rel, issues)) {
    const { abs, file, parts } = entry;
    const name = parts.at(-1)!;
    const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
    if (ext !== '.mdx' && ext !== '.md') {
      const fix = /^\.(mdx|md|markdown)$/i.test(ext) ? `把扩展名改成小写的 .mdx（${name.replace(/\.[^.]+$/, '.mdx')}）。` : '文章只能是 .mdx 文件；其他文件不要放在 content/articles/ 里。';
      issues.push(error(file, '文件名', `构建不会读取「${name}」：文章的扩展名只能是 .mdx（或 .md）。`, fix));
      continue;
    }
    const slug = name.slice(0, -ext.length);
    if (parts.length !== 2) {
      issues.push(error(file, undefined, '文章要放在 content/articles/<钱包>/ 这一层文件夹里。', `移到 content/articles/<钱包>/${slug}.mdx。`));
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      issues.push(error(file, '文件名', `文件名「${slug}」不能做网址。`, '文件名就是网址的一部分：只用小写字母、数字和连字符，例如 forgot-password.mdx。'));
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) {
      issues.push(error(file, '文件名', `文件名「${slug}」是保留的：/${parts[0]}/ 已经是钱包栏目页。`, '换一个说明问题的文件名，例如 what-is.mdx。'));
      continue;
    }
    const id = `${parts[0]}/${slug}`;
    const earlier = seen.get(id);
    if (earlier) {
      issues.push(error(file, '文件名', `网址 /${id}/ 已经被 ${earlier} 占用（重复的 slug）。`, '给其中一篇换一个文件名，或者合并两篇。'));
      continue;
    }
    seen.set(id, file);

    const text = readFileSync(abs, 'utf8');
    const { frontmatter, body, bodyStartLine } = splitFrontmatter(text);
    if (frontmatter === undefined) {
      issues.push(error(file, 'frontmatter', '文件开头没有 frontmatter（两行 --- 之间的字段）。', missingFrontmatterFix(text), 1));
      continue;
    }
    const yaml = parseYaml(frontmatter, 1);
    if (yaml.syntaxError) {
      issues.push(error(file, 'frontmatter', `frontmatter 不是合法的 YAML：${yaml.syntaxError.message}`, yaml.syntaxError.fix, yaml.syntaxError.line));
      continue;
    }
    const parsed = articleSchema.safeParse(yaml.data ?? {});
    issues.push(...zodIssues(file, parsed, yaml.data, yaml.lineOf));
    if (!parsed.success) continue;
    model.articles.push({ id, file, text, data: parsed.data, body, bodyStartLine, yaml });
  }
}

/** The usual invisible reasons a frontmatter is not found. */
function missingFrontmatterFix(text: string): string {
  if (text.startsWith('\uFEFF')) return '文件开头有一个看不见的 BOM 字符：用编辑器把文件另存为「UTF-8（无 BOM）」。';
  const first = text.split('\n', 1)[0] ?? '';
  if (/^---[ \t]+\r?$/.test(first)) return '第一行的 --- 后面有空格：删掉空格，让这一行只剩 ---。';
  return '在文件最前面加上 ---、title、description 等字段和结尾的 ---；可以用 npm run new 生成模板。';
}

function loadTroubleshooters(dir: string, rel: (abs: string) => string, model: ContentModel, issues: ContentIssue[]) {
  for (const { abs, file, parts } of walk(dir, rel, issues)) {
    const name = parts.at(-1)!;
    if (parts.length !== 1) {
      issues.push(error(file, undefined, '排查向导要直接放在 content/troubleshooters/ 里，不能放进子文件夹。', `移到 content/troubleshooters/${name}。`));
      continue;
    }
    if (!name.endsWith('.yaml')) {
      const fix = /\.ya?ml$/i.test(name) ? `把扩展名改成 .yaml（${name.replace(/\.ya?ml$/i, '.yaml')}）。` : '排查向导只能是 .yaml 文件；其他文件不要放在这里。';
      issues.push(error(file, '文件名', `构建不会读取「${name}」：排查向导的扩展名只能是 .yaml。`, fix));
      continue;
    }
    const text = readFileSync(abs, 'utf8');
    const yaml = parseYaml(text);
    if (yaml.syntaxError) {
      issues.push(error(file, undefined, `不是合法的 YAML：${yaml.syntaxError.message}`, yaml.syntaxError.fix, yaml.syntaxError.line));
      continue;
    }
    const parsed = troubleshooterSchema.safeParse(yaml.data ?? {});
    issues.push(...zodIssues(file, parsed, yaml.data, yaml.lineOf));
    if (!parsed.success) continue;
    const id = name.replace(/\.yaml$/, '');
    if (parsed.data.id !== id) {
      issues.push(error(file, 'id', `id「${parsed.data.id}」和文件名「${id}」不一致。`, `把 id 改成 ${id}，或者把文件改名为 ${parsed.data.id}.yaml。`, yaml.lineOf(['id'])));
      continue;
    }
    model.troubleshooters.push({ file, text, tree: parsed.data, yaml });
  }
}

function readList<S extends z.ZodType>(abs: string, schema: S, rel: (p: string) => string, issues: ContentIssue[]): { items: Array<z.infer<S>>; source: DataFile } {
  const file = rel(abs);
  const source: DataFile = { file, text: '', yaml: undefined, complete: false };
  if (!existsSync(abs)) {
    if (OPTIONAL_FILES.has(file.split('/').pop()!)) return { items: [], source: { ...source, complete: true } };
    issues.push(error(file, undefined, '缺少这个文件。', '从仓库历史里恢复它；它是整个站点的基础数据。'));
    return { items: [], source };
  }
  source.text = readFileSync(abs, 'utf8');
  const yaml: ParsedYaml = parseYaml(source.text);
  if (yaml.syntaxError) {
    issues.push(error(file, undefined, `不是合法的 YAML：${yaml.syntaxError.message}`, yaml.syntaxError.fix, yaml.syntaxError.line));
    return { items: [], source };
  }
  source.yaml = yaml;
  if (!Array.isArray(yaml.data)) {
    issues.push(error(file, undefined, '这个文件应该是一个列表（每项以「- id: …」开头）。', '照着文件里已有的条目格式写。', 1));
    return { items: [], source };
  }
  const items: Array<z.infer<S>> = [];
  const seen = new Set<string>();
  yaml.data.forEach((entry: unknown, i: number) => {
    const label = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `第 ${i + 1} 项`;
    const parsed = schema.safeParse(entry);
    issues.push(...zodIssues(file, parsed, entry, yaml.lineOf, [i], label));
    if (!parsed.success) return;
    const id = (parsed.data as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (seen.has(id)) {
        issues.push(error(file, `${id}.id`, `id「${id}」重复了。`, '每一项的 id 必须唯一：改掉其中一个。', yaml.lineOf([i, 'id'])));
        return;
      }
      seen.add(id);
    }
    items.push(parsed.data);
  });
  source.complete = items.length === yaml.data.length;
  return { items, source };
}

interface FoundFile {
  abs: string;
  file: string;
  /** Path segments below the walked folder. */
  parts: string[];
}

/** Every file below dir, sorted; a symbolic link is reported (the checker would not see what the site renders). */
function walk(dir: string, rel: (abs: string) => string, issues: ContentIssue[]): FoundFile[] {
  if (!existsSync(dir)) return [];
  const found: FoundFile[] = [];
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = join(d.parentPath, d.name);
    if (d.isSymbolicLink()) {
      issues.push(error(rel(abs), undefined, '这是一个符号链接：检查和构建看到的可能不是同一个文件。', '把真正的文件放在这里（复制或移动过来），删掉链接。'));
      continue;
    }
    if (!d.isFile() || d.name.startsWith('.')) continue;
    found.push({ abs, file: rel(abs), parts: relative(dir, abs).split(sep) });
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}
