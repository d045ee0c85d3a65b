/**
 * Zod schemas for everything under `content/`. One source of truth: Astro's content collections
 * (src/content.config.ts) and the pre-build checker (./check.ts) validate with the same schemas,
 * so an editor sees one set of rules. Every field carries a JSDoc line; editors see it on hover.
 *
 * Cross-file rules (a wallet id that exists, a related article that exists, a tree whose nodes
 * connect) need the whole content set and live in the checker, not here.
 */
import { z } from 'astro/zod';

/** Short lowercase ASCII ids: pinyin or English words joined by hyphens. Stable once published. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) =>
  z.string().regex(SLUG_PATTERN, `${what}只能用小写字母、数字和连字符，例如 top-up`);

/** Dates are written as 2026-11-22 (YAML may already have turned them into a Date). */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 2026-11-22 这样的格式'),
);

export const walletSchema = z.object({
  /** URL segment of the wallet hub, e.g. `postal` → /postal/. */
  id: slug('钱包 id '),
  /** Full name shown in titles and breadcrumbs, e.g. 邮政数字钱包. */
  name: z.string().min(2),
  /** Short name for tight spaces (badges, filters), e.g. 邮政钱包. */
  shortName: z.string().min(2).max(8),
  /** Other names readers type for this wallet (邮储, 数字人民币, e-CNY…); used by search. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One paragraph shown on the hub and the home page: what this wallet is. */
  description: z.string().min(20),
  /**
   * Shown first on the hub: what readers usually mean by this name, what we could and could not
   * confirm about the app, and how to check which app they really have.
   */
  identity: z.string().min(20).optional(),
  /** Position on the home page and in menus (smaller comes first). */
  order: z.number().int(),
}).strict();

export const topicSchema = z.object({
  /** URL segment of the topic hub, e.g. `anti-fraud` → /topics/anti-fraud/. */
  id: slug('主题 id '),
  /** Name of the topic as shown to readers, e.g. 防骗. */
  name: z.string().min(2),
  /** One sentence shown on the topic hub. */
  description: z.string().min(10),
  /** Every article of this topic shows the fake-customer-service warning. */
  fraudWarning: z.boolean().default(false),
  /** Position in lists (smaller comes first). */
  order: z.number().int(),
}).strict();

export const CONTACT_KINDS = ['hotline', 'in-app', 'website', 'branch'] as const;

export const contactSchema = z.object({
  /** Stable id that articles use: <ContactCard id="…" />. */
  id: slug('联系方式 id '),
  /** Wallet this channel belongs to, or `general` for channels that serve everyone (96110, 110). */
  wallet: slug('钱包 id '),
  /** hotline (a number to call) · in-app (a path inside the official app) · website · branch. */
  kind: z.enum(CONTACT_KINDS),
  /** Name shown on the card, e.g. 全国反诈专线. */
  label: z.string().min(2),
  /** The number, in-app path or URL itself, exactly as the official source gives it. */
  value: z.string().min(1),
  /** When to use this channel, in one sentence. */
  note: z.string().optional(),
  /** Public page of the operator or a government body that states this value (https). */
  source: z.url({ message: '请填写官方公开来源的网址（https://…）' }).refine((u) => u.startsWith('https://'), '来源网址必须以 https:// 开头'),
  /** Date an editor last checked the value against the source, e.g. 2026-11-22. */
  verified: isoDate,
}).strict();

export const articleSchema = z.object({
  /** The question as a reader would ask it; becomes the <h1> and the page title. */
  title: z.string().min(4, '标题太短').max(40, '标题请控制在 40 字以内'),
  /** One or two sentences for search results and the meta description (50–120 characters). */
  description: z.string().min(50, '描述至少 50 字，写清楚这一页解决什么问题').max(120, '描述请控制在 120 字以内'),
  /** Wallet id from content/wallets.yaml; must match the folder the file is in. */
  wallet: slug('钱包 id '),
  /** Topic id from content/topics.yaml. */
  topic: slug('主题 id '),
  /** At least three ways readers ask this (colloquial, short, typical typos); search uses them. */
  aliases: z.array(z.string().min(2)).min(3, '至少写 3 个别名：读者平时怎么问这个问题'),
  /** Date the facts were last checked against the sources, e.g. 2026-11-22. */
  reviewed: isoDate,
  /** Ids of related articles, written wallet/slug, e.g. postal/top-up. */
  related: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '相关文章请写成 钱包/文件名，例如 postal/top-up')).default([]),
  /** Show the fake-customer-service warning even if the topic does not ask for it (refunds, account trouble). */
  fraudWarning: z.boolean().default(false),
  /** List this article under 「最常见的问题」 on the home page. */
  featured: z.boolean().default(false),
  /** Drafts are checked but not published. */
  draft: z.boolean().default(false),
}).strict();

export const OUTCOMES = ['fix', 'contact-official', 'fraud-alert'] as const;

const optionSchema = z.object({
  /** Text of the answer the reader picks, e.g. 不够. */
  label: z.string().min(1),
  /** Id of the node this answer leads to. */
  next: slug('节点 id '),
  /** Id of this answer in the URL; defaults to `next`. Needed only when two answers lead to the same node. */
  id: slug('选项 id ').optional(),
}).strict();

export const troubleshooterNodeSchema = z.object({
  /** The question (question nodes only). */
  question: z.string().min(2).optional(),
  /** Extra help under the question. */
  help: z.string().optional(),
  /** The answers (question nodes only); at least two. */
  options: z.array(optionSchema).min(2, '问题节点至少要有两个选项').optional(),
  /** fix · contact-official · fraud-alert (outcome nodes only). */
  outcome: z.enum(OUTCOMES).optional(),
  /** Heading of the outcome. */
  title: z.string().optional(),
  /** Short steps shown inline on the outcome. */
  steps: z.array(z.string()).optional(),
  /**
   * Article with the full answer, written wallet/slug — or one per wallet, so each reader lands on
   * their own wallet's page: { pboc: pboc/x, postal: postal/y, default: general/z } (keys are the
   * tree's wallets or `default`, for every wallet not listed).
   */
  article: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  /** Contact registry ids shown on a contact-official or fraud-alert outcome. */
  contacts: z.array(z.string()).optional(),
  /** What to prepare before contacting the official channel. */
  prepare: z.array(z.string()).optional(),
}).strict();

export const troubleshooterSchema = z.object({
  /** URL segment: /troubleshoot/<id>/; must equal the file name. */
  id: slug('排查向导 id '),
  /** Name of the troubleshooter, phrased as the reader's problem. */
  title: z.string().min(4),
  /** One sentence for lists and the meta description. */
  description: z.string().min(10),
  /** Wallets this tree applies to. */
  wallets: z.array(slug('钱包 id ')).min(1),
  /** Topic the tree belongs to (its hub lists it). */
  topic: slug('主题 id '),
  /** Id of the first node. */
  start: slug('节点 id '),
  /** The nodes, keyed by id. */
  nodes: z.record(slug('节点 id '), troubleshooterNodeSchema),
  /** Show the reader's number check (核实号码) under this troubleshooter: for trees about calls and messages. */
  numberCheck: z.boolean().default(false),
}).strict();

export const officialDomainSchema = z.object({
  /** A host name; a contact's source must be on it or on one of its subdomains, e.g. pbc.gov.cn. */
  domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, '写成小写的域名，例如 pbc.gov.cn（不带 https:// 和路径）'),
  /** Who runs it, so a reviewer can tell why it counts as official. */
  owner: z.string().min(2),
}).strict();

export const redirectSchema = z.object({
  /** The old article id (wallet/slug) whose URL must keep working. */
  from: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '写成 钱包/文件名，例如 postal/customer-service'),
  /** The article that now answers it. */
  to: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '写成 钱包/文件名，例如 general/customer-service-role'),
  /** Why (merged, renamed…), for editors. */
  note: z.string().optional(),
}).strict();

export const searchIntentSchema = z.object({
  /** Stable id, e.g. safe-account. */
  id: slug('规则 id '),
  /** What the rule catches, for editors. */
  label: z.string().min(2),
  /** Words or regular expressions over the reader's query (folded: simplified, no punctuation or spaces). */
  when: z.array(z.string().min(2)).min(1),
  /** Anti-fraud articles to put first, written wallet/slug. */
  articles: z.array(z.string()).min(1),
}).strict();

export const dangerSignSchema = z.object({
  /** Stable id, e.g. safe-account. */
  id: slug('危险信号 id '),
  /** What kind of danger, for editors. */
  label: z.string().min(2),
  /** Words or phrases a reader in danger types; … marks a gap of a few characters (让我…共享屏幕). */
  say: z.array(z.string().min(1)).min(1),
}).strict();

export const termSchema = z.object({
  /** The word the handbook uses, e.g. 两步验证. */
  preferred: z.string().min(1),
  /** Variants that must not appear in visible text (aliases excepted), e.g. [双重验证, 二次验证]. */
  avoid: z.array(z.string().min(1)).min(1),
  /** Why, for editors. */
  note: z.string().optional(),
}).strict();

export const synonymSchema = z.object({
  /** What readers type, e.g. [没到账, 没显示, 不到账]. */
  say: z.array(z.string().min(1)).min(1),
  /** The word the articles use for it, e.g. 到账. Search looks for this instead. */
  means: z.string().min(1),
  /**
   * Single characters that mean the same when they stand alone in a question, e.g. [充] for 充值
   * (「中午充了500」: 了 is dropped, 充 is left on its own). Never rewritten inside a longer word.
   */
  alone: z.array(z.string().regex(/^[\u3400-\u9fff]$/, 'alone 里每一项只能是一个汉字，例如 充')).default([]),
}).strict();

export type Synonym = z.infer<typeof synonymSchema>;
export type OfficialDomain = z.infer<typeof officialDomainSchema>;
export type Term = z.infer<typeof termSchema>;
export type Redirect = z.infer<typeof redirectSchema>;
export type SearchIntent = z.infer<typeof searchIntentSchema>;
export type DangerSign = z.infer<typeof dangerSignSchema>;
export type Wallet = z.infer<typeof walletSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type Troubleshooter = z.infer<typeof troubleshooterSchema>;
export type TroubleshooterNode = z.infer<typeof troubleshooterNodeSchema>;
