/**
 * The gate in front of the build: nothing the site would render is skipped in silence, article
 * bodies are content rather than programs, contact details hide nowhere, and every mistake is
 * answered in our words with file, line and a fix. One broken fixture per class.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/check';
import { formatIssues, type ContentIssue } from '../../src/build/content-check/issues';
import { fixtureWith, replace, type Edits } from '../helpers/fixture';

const ARTICLE = 'content/articles/postal/pay-failed.mdx';
const TREE = 'content/troubleshooters/payment-failed.yaml';
const TODAY = new Date('2026-11-26');
const REAL_SYNONYMS = readFileSync(join(process.cwd(), 'content', 'search-synonyms.yaml'), 'utf8');

function errorsFor(edits: Edits, prepare?: (root: string) => void): ContentIssue[] {
  const fx = fixtureWith(edits);
  try {
    prepare?.(fx.root);
    return checkContent(fx.root, { today: TODAY }).issues.filter((i) => i.severity === 'error');
  } finally {
    fx.cleanup();
  }
}

const article = (body: string) => replace('先看余额够不够。', body);

interface Case {
  name: string;
  edits: Edits;
  prepare?: (root: string) => void;
  file: string;
  message: RegExp;
  /** Something the fix must say. */
  fix?: RegExp;
  line?: number;
  /** This one mistake is reported once, not fanned out into follow-on errors. */
  only?: boolean;
}

const skippedInSilence: Case[] = [
  { name: 'a symlinked article', edits: {}, prepare: (root) => { writeFileSync(join(root, 'elsewhere.mdx'), 'x'); symlinkSync(join(root, 'elsewhere.mdx'), join(root, 'content/articles/postal/linked.mdx')); }, file: 'content/articles/postal/linked.mdx', message: /符号链接/, fix: /真正的文件/ },
  { name: 'an upper-case .MDX extension', edits: { 'content/articles/postal/top-up.MDX': '---\ntitle: x\n---\n' }, file: 'content/articles/postal/top-up.MDX', message: /构建不会读取/, fix: /top-up\.mdx/ },
  { name: 'a .markdown article', edits: { 'content/articles/postal/top-up.markdown': '# x\n' }, file: 'content/articles/postal/top-up.markdown', message: /扩展名只能是 \.mdx/, fix: /\.mdx/ },
  { name: 'a .yml troubleshooter', edits: { 'content/troubleshooters/top-up.yml': 'id: top-up\n' }, file: 'content/troubleshooters/top-up.yml', message: /扩展名只能是 \.yaml/, fix: /top-up\.yaml/ },
  { name: 'a file outside the expected folders', edits: { 'content/faq.mdx': '# x\n' }, file: 'content/faq.mdx', message: /构建不会读取/, fix: /content\/articles/ },
  { name: 'an article directly under articles/', edits: { 'content/articles/pay.mdx': '# x\n' }, file: 'content/articles/pay.mdx', message: /这一层文件夹/ },
  { name: 'an article named index', edits: { 'content/articles/postal/index.mdx': '# x\n' }, file: 'content/articles/postal/index.mdx', message: /保留/, fix: /文件名/ },
  { name: 'a wallet id that is a route of the site', edits: { 'content/wallets.yaml': replace('id: general', 'id: search') }, file: 'content/wallets.yaml', message: /\/search\/ 重名/ },
];

const ourWords: Case[] = [
  { name: 'a duplicate key in the registry (one error, not one per contact id)', edits: { 'content/contacts.yaml': replace('  label: 全国反诈预警劝阻专线\n', '  label: 全国反诈预警劝阻专线\n  label: 反诈专线\n') }, file: 'content/contacts.yaml', message: /「label」.*两次/, line: 5, only: true },
  { name: 'a YAML syntax error in a tree, with its line', edits: { [TREE]: replace('start: balance', 'start: [balance') }, file: TREE, message: /不是合法的 YAML/, only: true },
  { name: 'a title with an unquoted colon', edits: { [ARTICLE]: replace('title: 支付失败怎么办', 'title: 钱包: 支付失败怎么办') }, file: ARTICLE, message: /YAML/, fix: /引号/, line: 2 },
  { name: 'an impossible date', edits: { [ARTICLE]: replace('reviewed: 2026-11-01', 'reviewed: 2026-13-45') }, file: ARTICLE, message: /「2026-13-45」不存在/, line: 7 },
  { name: 'a review date in the future', edits: { [ARTICLE]: replace('reviewed: 2026-11-01', 'reviewed: 2099-01-01') }, file: ARTICLE, message: /在将来/, line: 7 },
  { name: 'a verified date in the future', edits: { 'content/contacts.yaml': replace('verified: 2026-11-22', 'verified: 2031-02-30') }, file: 'content/contacts.yaml', message: /不存在/ },
  { name: 'a BOM before the frontmatter', edits: { [ARTICLE]: (t: string) => `\uFEFF${t}` }, file: ARTICLE, message: /没有 frontmatter/, fix: /BOM/ },
  { name: 'a space after the opening ---', edits: { [ARTICLE]: replace(/^---\n/, '--- \n') }, file: ARTICLE, message: /没有 frontmatter/, fix: /空格/ },
];

const programsInArticles: Case[] = [
  { name: 'an import', edits: { [ARTICLE]: article("import fs from 'node:fs'\n\n先看余额够不够。") }, file: ARTICLE, message: /import/, line: 11 },
  { name: 'an expression reading the environment', edits: { [ARTICLE]: article('版本：{process.env.npm_config_user_agent}') }, file: ARTICLE, message: /\{/, line: 11 },
  { name: 'a script element', edits: { [ARTICLE]: article('<script src="/x.js"></script>') }, file: ARTICLE, message: /script/, line: 11 },
  { name: 'a meta refresh to another host', edits: { [ARTICLE]: article('<meta http-equiv="refresh" content="2;url=//kefu.shop/" />') }, file: ARTICLE, message: /meta/, line: 11 },
  { name: 'an inline event handler', edits: { [ARTICLE]: article('<img src="/favicon.svg" alt="" onError="alert(1)" />') }, file: ARTICLE, message: /onError|on/i, line: 11 },
  { name: 'an unclosed tag (MDX syntax error, in our words)', edits: { [ARTICLE]: article('<Callout type="tip">先看余额够不够。') }, file: ARTICLE, message: /Callout/, only: true },
  { name: 'a stray brace', edits: { [ARTICLE]: article('手续费是{5元') }, file: ARTICLE, message: /\{/, line: 11, only: true },
  { name: 'a lower-case component name', edits: { [ARTICLE]: article('<steps>\n\n1. 一\n\n</steps>') }, file: ARTICLE, message: /大小写/, fix: /<Steps>/ },
];

const hiddenContacts: Case[] = [
  { name: 'a number in a wallet description', edits: { 'content/wallets.yaml': replace('测试用的钱包描述，至少二十个字', '测试用的钱包描述，客服电话95580，至少二十个字') }, file: 'content/wallets.yaml', message: /95580/ },
  { name: 'a domain in a topic description', edits: { 'content/topics.yaml': replace('{ id: payment, name: 支付与转账, description: 测试用的主题描述文字。', '{ id: payment, name: 支付与转账, description: 测试用的主题描述文字kefu-wallet.com。') }, file: 'content/topics.yaml', message: /kefu-wallet\.com/ },
  { name: 'a number in a registry note', edits: { 'content/contacts.yaml': replace('  verified: 2026-11-22\n', '  verified: 2026-11-22\n  note: 也可以打4001234567。\n') }, file: 'content/contacts.yaml', message: /4001234567/ },
  { name: 'full-width digits', edits: { [ARTICLE]: article('拨打９５５８０咨询。') }, file: ARTICLE, message: /９５５８０/, line: 11 },
  { name: 'a protocol-relative Markdown link', edits: { [ARTICLE]: article('[官方客服](//kefu.shop/)') }, file: ARTICLE, message: /kefu\.shop/, line: 11 },
  { name: 'a WeChat id written as a homophone', edits: { [ARTICLE]: article('添加薇信wallet_kefu咨询。') }, file: ARTICLE, message: /wallet_kefu/, line: 11 },
];

const fraudTitles: Case[] = ['充值未到账怎么办', '钱包余额没到帐', '钱包里的钱不见了', '钱被人转走了怎么办', '账号被封了怎么办'].map((title) => ({
  name: `a title 「${title}」 without the fraud warning`,
  // The site's own synonym table: a reader's wording that search knows is a risky title too.
  edits: { [ARTICLE]: replace('title: 支付失败怎么办', `title: ${title}`), 'content/search-synonyms.yaml': REAL_SYNONYMS },
  file: ARTICLE,
  message: /防骗提醒/,
  line: 2,
}));

describe.each([
  ['nothing skipped in silence', skippedInSilence],
  ['every error in our words', ourWords],
  ['articles are content, not programs', programsInArticles],
  ['contacts hide nowhere', hiddenContacts],
  ['the fraud-warning rule speaks the readers\' words', fraudTitles],
] as const)('%s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, { edits, prepare, file, message, fix, line, only }) => {
    const errors = errorsFor(edits, prepare);
    const report = formatIssues(errors);
    const hit = errors.find((e) => e.file === file && message.test(e.message));
    expect(hit, `expected ${file} ${message}; got:\n${report}`).toBeDefined();
    expect(hit!.fix.length, 'says what to do').toBeGreaterThan(5);
    if (fix) expect(hit!.fix).toMatch(fix);
    if (line !== undefined) expect(hit!.line).toBe(line);
    if (only) expect(errors, report).toHaveLength(1);
    expect(report).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });
});
