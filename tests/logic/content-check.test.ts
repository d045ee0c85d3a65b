/**
 * Every class of content mistake stops the build with a message that names the file, the field
 * (and the line where it can) and says what to do. One broken fixture per class.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/check';
import { formatIssues } from '../../src/build/content-check/issues';
import { fixtureWith, replace, VALID_FIXTURE, type Edits } from '../helpers/fixture';

const ARTICLE = 'content/articles/postal/pay-failed.mdx';
const SCAM = 'content/articles/general/fake-customer-service.mdx';
const TREE = 'content/troubleshooters/payment-failed.yaml';

function errorsFor(edits: Edits) {
  const fx = fixtureWith(edits);
  try {
    return checkContent(fx.root).issues.filter((i) => i.severity === 'error');
  } finally {
    fx.cleanup();
  }
}

describe('the valid fixture', () => {
  it('passes without any issue', () => {
    expect(checkContent(VALID_FIXTURE).issues).toEqual([]);
  });
});

interface Case {
  name: string;
  edits: Edits;
  file: string;
  field: string | RegExp;
  message: RegExp;
  line?: number;
}

const cases: Case[] = [
  { name: 'frontmatter that is not valid YAML', edits: { [ARTICLE]: replace('topic: payment', 'topic: [payment') }, file: ARTICLE, field: 'frontmatter', message: /不是合法的 YAML/ },
  { name: 'a file without frontmatter', edits: { [ARTICLE]: '# 标题\n\n正文\n' }, file: ARTICLE, field: 'frontmatter', message: /没有 frontmatter/, line: 1 },
  { name: 'a missing required field', edits: { [ARTICLE]: replace(/^title: .*\n/m, '') }, file: ARTICLE, field: 'title', message: /缺少这个必填字段/ },
  { name: 'a description that is too short', edits: { [ARTICLE]: replace(/^description: .*$/m, 'description: 太短了') }, file: ARTICLE, field: 'description', message: /至少 50 字/, line: 3 },
  { name: 'fewer than three aliases', edits: { [ARTICLE]: replace('aliases: [付款失败, 付不了钱, 支付不成功]', 'aliases: [付款失败]') }, file: ARTICLE, field: 'aliases', message: /至少写 3 个别名/, line: 6 },
  { name: 'a date that is not a date', edits: { [ARTICLE]: replace('reviewed: 2026-11-01', 'reviewed: 上个月') }, file: ARTICLE, field: 'reviewed', message: /2026-11-22/, line: 7 },
  { name: 'an unknown frontmatter field', edits: { [ARTICLE]: replace('topic: payment', 'topic: payment\ntags: [x]') }, file: ARTICLE, field: 'tags', message: /不认识的字段/ },
  { name: 'an unknown wallet', edits: { [ARTICLE]: replace('wallet: postal', 'wallet: posta') }, file: ARTICLE, field: 'wallet', message: /未知的钱包「posta」/, line: 4 },
  { name: 'a wallet that does not match the folder', edits: { [ARTICLE]: replace('wallet: postal', 'wallet: general') }, file: ARTICLE, field: 'wallet', message: /文件却在 postal\/ 文件夹里/, line: 4 },
  { name: 'an unknown topic', edits: { [ARTICLE]: replace('topic: payment', 'topic: pay') }, file: ARTICLE, field: 'topic', message: /未知的主题「pay」/, line: 5 },
  { name: 'a related article that does not exist', edits: { [ARTICLE]: replace('related: [general/fake-customer-service]', 'related: [general/fake-customer-services]') }, file: ARTICLE, field: 'related[0]', message: /「general\/fake-customer-services」不存在/, line: 8 },
  { name: 'an in-body link to a page that does not exist', edits: { [ARTICLE]: replace('(/general/fake-customer-service/)', '(/general/fake-customer-services/)') }, file: ARTICLE, field: '正文', message: /指向不存在的页面/, line: 20 },
  { name: 'an ArticleLink to an article that does not exist', edits: { [ARTICLE]: replace('<ArticleLink to="general/fake-customer-service" />', '<ArticleLink to="general/nope" />') }, file: ARTICLE, field: '正文', message: /<ArticleLink to="general\/nope">/, line: 20 },
  { name: 'a duplicate slug', edits: { 'content/articles/postal/pay-failed.md': readFileSync(join(VALID_FIXTURE, ARTICLE), 'utf8') }, file: 'content/articles/postal/pay-failed.mdx', field: '文件名', message: /已经被 .* 占用（重复的 slug）/ },
  { name: 'a file name that cannot be a URL', edits: { 'content/articles/postal/Pay_Failed.mdx': readFileSync(join(VALID_FIXTURE, ARTICLE), 'utf8') }, file: 'content/articles/postal/Pay_Failed.mdx', field: '文件名', message: /不能做网址/ },
  { name: 'a raw phone number in the body', edits: { [ARTICLE]: replace('先看余额够不够。', '先看余额够不够，或拨打 95580 咨询。') }, file: ARTICLE, field: '正文', message: /电话号码.*「95580」/, line: 11 },
  { name: 'a raw mobile number', edits: { [ARTICLE]: replace('先看余额够不够。', '客服手机 138-1234-5678。') }, file: ARTICLE, field: '正文', message: /电话号码「138-1234-5678」/, line: 11 },
  { name: 'a raw e-mail address', edits: { [ARTICLE]: replace('先看余额够不够。', '发邮件到 help@wallet.example.com。') }, file: ARTICLE, field: '正文', message: /电子邮件地址/, line: 11 },
  { name: 'a QQ or WeChat id', edits: { [ARTICLE]: replace('先看余额够不够。', '加客服微信：kefu_2026 处理。') }, file: ARTICLE, field: '正文', message: /QQ 号或微信号/, line: 11 },
  { name: 'a provider URL typed into the body', edits: { [ARTICLE]: replace('先看余额够不够。', '去 www.wallet-help.cn 查看。') }, file: ARTICLE, field: '正文', message: /网址/, line: 11 },
  { name: 'a contact id that is not in the registry', edits: { [SCAM]: replace('<ContactCard id="antifraud-hotline" />', '<ContactCard id="bank-hotline" />') }, file: SCAM, field: '正文', message: /「bank-hotline」不在登记表/, line: 13 },
  { name: '<Steps> without an ordered list', edits: { [ARTICLE]: replace('1. 查看余额。\n2. 重新付款。', '- 查看余额。\n- 重新付款。') }, file: ARTICLE, field: '正文', message: /<Steps> 里面只能放一个有序列表/, line: 13 },
  { name: 'an unknown component', edits: { [ARTICLE]: replace('先看余额够不够。', '<Warning>先看余额够不够。</Warning>') }, file: ARTICLE, field: '正文', message: /不认识的组件 ?<Warning>/, line: 11 },
  { name: 'a Callout with an unknown type', edits: { [ARTICLE]: replace('先看余额够不够。', '<Callout type="info">先看余额够不够。</Callout>') }, file: ARTICLE, field: '正文', message: /<Callout type="info"> 的类型不对/, line: 11 },
  { name: 'a refund article without the fraud warning', edits: { [ARTICLE]: replace('title: 支付失败怎么办', 'title: 付错钱了能退款吗') }, file: ARTICLE, field: 'fraudWarning', message: /「付错」.*防骗提醒/, line: 2 },
  { name: 'a contact without an official source', edits: { 'content/contacts.yaml': replace(/^  source: .*\n/m, '') }, file: 'content/contacts.yaml', field: 'antifraud-hotline.source', message: /缺少这个必填字段/ },
  { name: 'a contact source that is not https', edits: { 'content/contacts.yaml': replace('https://www.mps.gov.cn/', 'http://www.mps.gov.cn/') }, file: 'content/contacts.yaml', field: 'antifraud-hotline.source', message: /https:\/\//, line: 6 },
  { name: 'a contact source off the list of official domains', edits: { 'content/contacts.yaml': replace('https://www.mps.gov.cn/', 'https://www.kefu-help.cn/96110.html') }, file: 'content/contacts.yaml', field: 'antifraud-hotline.source', message: /「www\.kefu-help\.cn」不在官方域名清单里/, line: 6 },
  { name: 'a reader phrase listed under two words', edits: { 'content/search-synonyms.yaml': '- { say: [充钱, 存钱], means: 充值 }\n- { say: [转钱, 存钱], means: 转账 }\n' }, file: 'content/search-synonyms.yaml', field: '第 2 项.say', message: /「存钱」在第 1 项（充值）里已经有了/, line: 2 },
  { name: 'a danger phrase with no words in it', edits: { 'content/danger-signs.yaml': '- { id: scammed, label: 被骗, say: [被骗, "  "] }\n' }, file: 'content/danger-signs.yaml', field: 'scammed.say[1]', message: /里没有字/, line: 1 },
  { name: 'a danger phrase whose gap is not between two words', edits: { 'content/danger-signs.yaml': '- id: screen\n  label: 屏幕共享\n  say:\n    - 被骗\n    - 共享屏幕…\n' }, file: 'content/danger-signs.yaml', field: 'screen.say[1]', message: /「…」没有写在两个词中间/, line: 5 },
  { name: 'a danger phrase listed twice', edits: { 'content/danger-signs.yaml': '- { id: scammed, label: 被骗, say: [被骗, 屏幕共享] }\n- { id: screen, label: 屏幕, say: [屏幕 共享] }\n' }, file: 'content/danger-signs.yaml', field: 'screen.say[0]', message: /和scammed 里的「屏幕共享」重复了/, line: 2 },
  { name: 'a danger phrase another one already covers', edits: { 'content/danger-signs.yaml': '- { id: scammed, label: 被骗, say: [被骗了, 让我…共享屏幕] }\n- { id: more, label: 更多, say: [被骗, 共享屏幕] }\n' }, file: 'content/danger-signs.yaml', field: /^(scammed\.say\[[01]\])$/, message: /已经被more 里的「(被骗|共享屏幕)」覆盖/, line: 1 },
  { name: 'a lone character that is not one character', edits: { 'content/search-synonyms.yaml': '- { say: [充钱], means: 充值, alone: [充值] }\n' }, file: 'content/search-synonyms.yaml', field: '第 1 项.alone[0]', message: /只能是一个汉字/ },
  { name: 'a redirect to an article that does not exist', edits: { 'content/redirects.yaml': '- from: postal/old-page\n  to: postal/no-such-page\n' }, file: 'content/redirects.yaml', field: '第 1 项.to', message: /不是已发布的文章/, line: 2 },
  { name: 'a redirect away from an article that still exists', edits: { 'content/redirects.yaml': '- from: postal/pay-failed\n  to: general/fake-customer-service\n' }, file: 'content/redirects.yaml', field: '第 1 项.from', message: /还是一篇文章/, line: 1 },
  { name: 'advice to contact customer service without a safe way to find it', edits: { [ARTICLE]: replace('先看余额够不够。', '先看余额够不够，不行就去官网找客服。') }, file: ARTICLE, field: '正文', message: /没有给出安全的找法/, line: 11 },
  { name: 'a tree option that points to a missing node', edits: { [TREE]: replace('{ label: 不够, next: top-up }', '{ label: 不够, next: topup }') }, file: TREE, field: 'nodes.balance.options[0].next', message: /不存在的节点「topup」/, line: 11 },
  { name: 'a tree outcome that links a missing article', edits: { [TREE]: replace('article: postal/pay-failed', 'article: postal/payment-failed') }, file: TREE, field: 'nodes.top-up.article', message: /文章「postal\/payment-failed」不存在/, line: 22 },
  { name: 'a tree with an unreachable node', edits: { [TREE]: (t: string) => `${t}  orphan:\n    outcome: fix\n    title: 孤立的结果\n    steps: [x]\n` }, file: TREE, field: 'nodes.orphan', message: /走不到节点「orphan」/ },
  { name: 'a tree with a cycle', edits: { [TREE]: replace('{ label: 没有, next: contact }', '{ label: 没有, next: balance }') }, file: TREE, field: 'nodes.scam-check.options[1].next', message: /绕回前面的问题：balance → scam-check → balance/ },
  { name: 'a tree path that ends without an outcome', edits: { [TREE]: replace(/  contact:\n    outcome: contact-official\n    title: 联系官方客服\n    prepare: \[付款时间和金额\]\n/, '  contact:\n    help: 这里什么都没有\n') }, file: TREE, field: 'nodes.contact', message: /路径在节点「contact」断了/ },
  { name: 'a fraud alert without a hotline', edits: { [TREE]: replace(/    title: 这是诈骗\n    contacts: \[antifraud-hotline\]\n/, '    title: 这是诈骗\n') }, file: TREE, field: 'nodes.fraud.contacts', message: /没有给出求助电话/ },
  { name: 'a contact-official outcome that does not say what to prepare', edits: { [TREE]: replace('    prepare: [付款时间和金额]\n', '') }, file: TREE, field: 'nodes.contact.prepare', message: /没说要准备什么/ },
  { name: 'a tree without a fraud-alert exit', edits: { [TREE]: replace('{ label: 有, next: fraud }', '{ label: 有, next: contact, id: yes }') }, file: TREE, field: 'nodes', message: /没有「疑似诈骗」的出口/ },
  { name: 'a tree whose start is not a node', edits: { [TREE]: replace('start: balance', 'start: begin') }, file: TREE, field: 'start', message: /起点「begin」/, line: 6 },
  { name: 'a tree that names an unknown wallet', edits: { [TREE]: replace('wallets: [postal]', 'wallets: [postall]') }, file: TREE, field: 'wallets[0]', message: /未知的钱包「postall」/, line: 4 },
  { name: 'a raw phone number in a tree', edits: { [TREE]: replace('steps: [充值后再付款]', 'steps: [打 95580 问问]') }, file: TREE, field: '文字', message: /95580/, line: 21 },
];

describe.each(cases)('$name', ({ edits, file, field, message, line }) => {
  it('is reported with file, field, message and a fix', () => {
    const errors = errorsFor(edits);
    const hit = errors.find((e) => e.file === file && (typeof field === 'string' ? e.field === field : field.test(e.field ?? '')) && message.test(e.message));
    expect(hit, `expected ${file} / ${String(field)} / ${message}; got:\n${formatIssues(errors)}`).toBeDefined();
    expect(hit!.fix.length).toBeGreaterThan(5);
    if (line !== undefined) expect(hit!.line).toBe(line);
  });
});

describe('the report', () => {
  it('lists each problem with its location and the fix', () => {
    const report = formatIssues(errorsFor({ [ARTICLE]: replace('wallet: postal', 'wallet: posta') }));
    expect(report).toMatch(/^内容检查：1 个错误，0 个提醒。/);
    expect(report).toContain(`${ARTICLE}:4  字段 wallet`);
    expect(report).toContain('怎么改：');
  });
});

describe('tree options', () => {
  it('must have distinct ids within a node', () => {
    const errors = errorsFor({ [TREE]: replace('{ label: 没有, next: contact }', '{ label: 没有, next: fraud }') });
    expect(errors.find((e) => e.field === 'nodes.scam-check.options[1]')?.message).toMatch(/两个选项的 id 都是「fraud」/);
  });
});

describe('embedded troubleshooters', () => {
  it('must name a tree that exists', () => {
    const errors = errorsFor({ [ARTICLE]: replace('先看余额够不够。', '先看余额够不够。\n\n<Troubleshooter id="pay-fail" />') });
    const hit = errors.find((e) => e.file === ARTICLE && /排查向导「pay-fail」不存在/.test(e.message));
    expect(hit?.line).toBe(13);
    expect(hit?.message).toContain('payment-failed'); // the trees that do exist
  });
});

describe('the search synonym table', () => {
  it('rejects an entry without the article word', () => {
    const errors = errorsFor({ 'content/search-synonyms.yaml': '- { say: [付不了] }\n' });
    const hit = errors.find((e) => e.file === 'content/search-synonyms.yaml' && e.field === '第 1 项.means');
    expect(hit?.message).toBe('缺少这个必填字段。');
    expect(hit?.line).toBe(1);
  });
});

describe('typography', () => {
  it('flags half-width punctuation in the body, with its line', () => {
    const errors = errorsFor({ [ARTICLE]: replace('先看余额够不够。', '先看余额,够不够。') });
    expect(errors.find((e) => e.field === '正文' && /半角标点「,」/.test(e.message))?.line).toBe(11);
  });
  it('flags a space between Chinese and Latin in a frontmatter value, naming the field', () => {
    const errors = errorsFor({ [ARTICLE]: replace('title: 支付失败怎么办', 'title: 支付失败 App怎么办') });
    expect(errors.find((e) => e.field === 'title')).toMatchObject({ line: 2, message: '中文和英文或数字之间多了空格。' });
  });
  it('flags a tree string but not the YAML syntax around it', () => {
    const errors = errorsFor({ [TREE]: replace('question: 余额够这笔付款吗？', 'question: 余额够这笔付款吗?') });
    expect(errors.map((e) => e.field)).toEqual(['nodes.balance.question']);
  });
});

describe('warnings', () => {
  it('warn about a reviewed date older than 12 months without failing', () => {
    const fx = fixtureWith({});
    try {
      const { issues } = checkContent(fx.root, { today: new Date('2027-12-01') });
      const stale = issues.filter((i) => i.field === 'reviewed');
      expect(stale.map((i) => i.severity)).toEqual(['warning', 'warning', 'warning']); // every article of the fixture
      expect(issues.some((i) => i.severity === 'error')).toBe(false);
    } finally {
      fx.cleanup();
    }
  });
  it('warn about a variant of a term, naming the preferred word, but not in aliases', () => {
    const fx = fixtureWith({ [ARTICLE]: replace('先看余额够不够。', '先登陆App看余额够不够。') });
    try {
      const issues = checkContent(fx.root, { today: new Date('2026-11-22') }).issues.filter((i) => /本站统一写/.test(i.message));
      expect(issues).toMatchObject([{ file: ARTICLE, line: 11, severity: 'warning', message: '「登陆」：本站统一写「登录」。' }]);
    } finally {
      fx.cleanup();
    }
    const aliasOnly = fixtureWith({ [ARTICLE]: replace('aliases: [付款失败, 付不了钱, 支付不成功]', 'aliases: [付款失败, 付不了钱, 登陆不了]') });
    try {
      expect(checkContent(aliasOnly.root).issues.filter((i) => /本站统一写/.test(i.message))).toEqual([]);
    } finally {
      aliasOnly.cleanup();
    }
  });
  it('warn about an article that nothing links to', () => {
    // Only the tree linked to pay-failed; without that link the article is reachable from its hub alone.
    const fx = fixtureWith({ [TREE]: replace('    article: postal/pay-failed\n', '') });
    try {
      const issues = checkContent(fx.root, { today: new Date('2026-11-22') }).issues;
      expect(issues.filter((i) => i.severity === 'warning').map((i) => i.file)).toEqual([ARTICLE]);
      expect(issues.some((i) => i.severity === 'error')).toBe(false);
    } finally {
      fx.cleanup();
    }
  });
});
