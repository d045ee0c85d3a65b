/**
 * Search over the answer index, with a small index built by the real builder and read through the
 * same file names the browser fetches.
 */
import { describe, expect, it } from 'vitest';
import { buildAnswerIndex, type AnswerSource } from '../../src/build/answer-index';
import { BODY_POSTINGS_MAX, decodePostings, docFile, readingsFile, shardFile, shardOf } from '../../src/lib/search/answers';
import { searchAnswers, type AnswerSearchData, type Intent } from '../../src/lib/search/answer-search';
import { highlightRuns } from '../../src/lib/search/highlight';

const doc = (url: string, title: string, wallet: string, aliases: string[], body = '', kind: 'a' | 't' = 'a'): AnswerSource => ({
  url, title, wallet, topic: 't', summary: `${title}的办法。`, kind, aliases, body,
});
const sources = [
  doc('/postal/forgot-payment-password/', '忘记支付密码怎么办', 'postal', ['支付密码忘了', '付款密码想不起来']),
  doc('/general/forgot-payment-password/', '忘记支付密码怎么办', 'general', ['支付密码忘了']),
  doc('/general/forgot-login-password/', '忘记登录密码怎么找回', 'general', ['登录密码忘了', '登不上去'], '登录密码和支付密码不是一个密码。'),
  doc('/pboc/forgot-payment-password/', '数字人民币支付密码忘了怎么办', 'pboc', ['数币密码忘了', '重置支付密码']),
  doc('/general/fake-customer-service/', '如何识别冒充客服', 'general', ['假客服', '客服要验证码']),
  doc('/postal/top-up-not-arrived/', '充值不到账怎么办', 'postal', ['充钱没到', '余额没变']),
  doc('/troubleshoot/top-up-missing/', '充值了但钱没到账', '', ['钱扣了余额没变'], '', 't'),
  doc('/repayment/fees/', '用钱包还款要手续费吗', 'repayment', ['还款收费吗', '还信用卡手续费']),
  doc('/repayment/late/', '还款逾期了怎么办', 'repayment', ['还晚了']),
  doc('/people/complaint/', '对客服不满意怎么投诉', 'people', ['投诉客服']),
  doc('/pboc/transfer/', '数字人民币转账和扫码', 'pboc', ['转账给朋友', '扫码付给朋友', '朋友之间转钱']),
  doc('/people/transfer/', '人民数字钱包怎么转账', 'people', []),
  doc('/general/contact-official/', '怎样找到钱包的官方客服联系方式', 'general', ['找人工客服']),
  doc('/general/escalation/', '客服解决不了问题怎么办', 'general', []),
  doc('/general/loan-scam/', '自称帮你注销贷款账户的电话', 'general', []),
  doc('/postal/close-account/', '怎么注销邮政钱包', 'postal', []),
  doc('/general/money-back/', '付错钱了怎么把钱要回来', 'general', ['钱能要回来吗', '卖家不理人']),
  doc('/pboc/appeal/', '数字人民币交易有争议怎么申诉', 'pboc', ['买的东西有问题能申诉吗']),
  doc('/general/mistaken-transfer/', '有人说钱转错了要你退回', 'general', ['对方天天催我退钱']),
];
const intents: Intent[] = [
  { id: 'safe-account', when: ['安全账户'], urls: ['/general/fake-customer-service/'] },
  { id: 'loan-cancel', when: ['注销.{0,4}贷'], urls: ['/general/loan-scam/'] },
];
const index = buildAnswerIndex(intents.flatMap((i) => i.urls), sources);
const files = new Map<string, unknown>([
  ...index.shards.map((s, n) => [shardFile(index.meta, n), s] as const),
  ...index.chunks.map((c, n) => [docFile(index.meta, n), c] as const),
  [readingsFile(index.meta), index.readings],
]);
const fetched: string[] = [];
const fetcher = async (url: string) => {
  fetched.push(url);
  if (!files.has(url)) throw new Error(`no file ${url}`);
  return files.get(url);
};
const data: AnswerSearchData = { meta: index.meta, syllables: index.syllables, intents };
const urls = async (text: string, wallet?: string) => (await searchAnswers({ text, wallet }, data, fetcher)).articles.map((h) => h.doc[0]);

describe('ranking', () => {
  it('puts a page whose title and phrasings hold the words above one that only mentions them', async () => {
    const found = await urls('支付密码忘了');
    expect(found.indexOf('/postal/forgot-payment-password/')).toBeLessThan(found.indexOf('/general/forgot-login-password/') === -1 ? Infinity : found.indexOf('/general/forgot-login-password/'));
    expect(found[0]).toMatch(/forgot-payment-password/);
  });
  it('prefers the wallet the reader named', async () => {
    expect((await urls('支付密码忘了', 'pboc'))[0]).toBe('/pboc/forgot-payment-password/');
    expect((await urls('支付密码忘了', 'postal'))[0]).toBe('/postal/forgot-payment-password/');
  });
  it('answers a reader who names a wallet from that wallet\'s pages, even when another wallet\'s page matches more words', async () => {
    expect(await urls('转账给朋友', 'people')).toEqual(['/people/transfer/']);
    expect((await urls('转账给朋友'))[0]).toBe('/pboc/transfer/');
  });
  it('puts a page that answers the reader\'s own words above one that answers only our rewrite of them', async () => {
    // The synonym table reads 人工客服 as 客服; the page about reaching a person still goes first.
    const found = await searchAnswers({ text: '客服', alternatives: ['人工客服'] }, data, fetcher);
    expect(found.articles[0]?.doc[0]).toBe('/general/contact-official/');
  });
  it('prefers the page for every wallet when the reader names none, and the named wallet\'s page when they do', async () => {
    expect((await urls('忘记支付密码'))[0]).toBe('/general/forgot-payment-password/');
    expect((await urls('忘记支付密码', 'postal'))[0]).toBe('/postal/forgot-payment-password/');
  });
  it('does not let an anti-fraud page win an ordinary question through the tie-break (注销 is about closing an account)', async () => {
    expect((await urls('注销'))[0]).toBe('/postal/close-account/');
    expect((await urls('有人打电话说要帮我注销贷款'))[0]).toBe('/general/loan-scam/');
  });
  it('keeps the page of a long story\'s core even when another page shares more of its incidental words', async () => {
    const story = '上周在网上买东西付的款卖家不发货也不理人能申诉把钱要回来吗';
    expect(await urls(story, 'pboc')).toContain('/pboc/appeal/');
  });
  it('answers a long story by its informative words', async () => {
    expect((await urls('昨天晚上8点充值了500块钱到现在还没到账急死了'))[0]).toBe('/postal/top-up-not-arrived/');
  });
});

describe('safety', () => {
  it('puts the anti-fraud page first for a scam pattern, whatever else matches', async () => {
    expect((await urls('对方说我的支付密码泄露了，让我把钱转到安全账户'))[0]).toBe('/general/fake-customer-service/');
  });
});

describe('no junk', () => {
  it.each(['钱', '怎么办', '钱包', '比特币挖矿怎么赚钱', '明天天气怎么样'])('finds nothing for 「%s」', async (q) => {
    const results = await searchAnswers({ text: q }, data, fetcher);
    expect(results.articles).toEqual([]);
    expect(results.troubleshooters).toEqual([]);
  });
});

describe('other ways of typing', () => {
  it('matches pinyin typed with the input method off, spaced or not', async () => {
    expect((await urls('zhifu mima'))[0]).toMatch(/forgot-payment-password/);
    expect((await urls('chongzhibudaozhang'))[0]).toBe('/postal/top-up-not-arrived/');
  });
  it('matches pinyin initials', async () => {
    expect(await urls('czbdz')).toContain('/postal/top-up-not-arrived/');
  });
  it('matches a homophone typo', async () => {
    expect((await urls('忘记支付密马'))[0]).toMatch(/forgot-payment-password/);
  });
  it('matches a homophone typo in a character the site never uses (逾其 for 逾期)', async () => {
    expect(sources.some((d) => `${d.title}${d.aliases.join('')}${d.summary}${d.body}`.includes('其'))).toBe(false);
    expect(await urls('逾其')).toEqual(['/repayment/late/']);
  });
  it('matches sounds that readers and fuzzy input methods mix up: s/sh, n/l, an/ang (投述 for 投诉)', async () => {
    expect((await urls('投述客服'))[0]).toBe('/people/complaint/');
    expect((await urls('充值不到脏'))[0]).toBe('/postal/top-up-not-arrived/');
  });
});

describe('troubleshooters', () => {
  it('come in their own list, not among the articles', async () => {
    const results = await searchAnswers({ text: '充值了钱没到账' }, data, fetcher);
    expect(results.troubleshooters.map((h) => h.doc[0])).toEqual(['/troubleshoot/top-up-missing/']);
    expect(results.articles.map((h) => h.doc[0])).not.toContain('/troubleshoot/top-up-missing/');
  });
});

describe('bytes', () => {
  it('fetches only the shards of the query\'s words', async () => {
    fetched.length = 0;
    await urls('充值不到账');
    const shards = fetched.filter((f) => /\/k\d+\./.test(f));
    expect(shards.length).toBeLessThan(index.meta.shards);
  });
});

describe('a large site', () => {
  // Every page's body mentions 支付; only one page is about 支付密码.
  const many = Array.from({ length: BODY_POSTINGS_MAX + 50 }, (_, i) => doc(`/general/page-${i}/`, `第${i}号问题`, 'general', ['别的问题'], '这一页的正文顺带提到支付。'));
  const big = buildAnswerIndex([], [doc('/general/pay-password/', '支付密码忘了怎么办', 'general', ['忘记支付密码']), ...many]);
  const bigFiles = new Map<string, unknown>([
    ...big.shards.map((s, n) => [shardFile(big.meta, n), s] as const),
    ...big.chunks.map((c, n) => [docFile(big.meta, n), c] as const),
    [readingsFile(big.meta), big.readings],
  ]);
  const bigData: AnswerSearchData = { meta: big.meta, syllables: big.syllables, intents: [] };
  const bigFetcher = async (url: string) => bigFiles.get(url);

  it('does not ship the body mentions of a word hundreds of pages mention, but still knows how common it is', () => {
    const flat = big.shards[shardOf('支付', big.meta.shards)]!['支付']!;
    const { pairs, pages } = decodePostings(flat);
    expect(pages).toBe(BODY_POSTINGS_MAX + 51);
    expect(pairs.length).toBeLessThan(5);
  });
  it('still puts the page about the word first', async () => {
    const found = await searchAnswers({ text: '支付密码' }, bigData, bigFetcher);
    expect(found.articles[0]?.doc[0]).toBe('/general/pay-password/');
  });
});

describe('highlighting', () => {
  it('marks whole matched words, never lone characters', () => {
    expect(highlightRuns('忘记支付密码怎么办', ['支付', '付密', '密码'])).toEqual([
      { text: '忘记', mark: false }, { text: '支付密码', mark: true }, { text: '怎么办', mark: false },
    ]);
    expect(highlightRuns('到账', ['到'])).toEqual([{ text: '到账', mark: false }]);
  });
});
