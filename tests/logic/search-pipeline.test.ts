import { describe, expect, it } from 'vitest';
import { normalize, stripFillers } from '../../src/lib/search/normalize';
import { applyRewrites } from '../../src/lib/search/expand';
import { detectWallet, prepareQuery, queryTerms, search, type Engine, type SearchData } from '../../src/lib/search/pipeline';

const data: SearchData = {
  t2s: { 忘: '忘', 記: '记', 碼: '码', 付: '付', 錢: '钱', 賬: '账', 戶: '户' },
  rewrites: [['没显示', '未到账'], ['付错', '误操作']],
  walletNames: [['邮储', '邮政数字钱包'], ['邮政数字钱包', '邮政数字钱包'], ['数字人民币', '人行数字钱包'], ['e-cny', '人行数字钱包']],
};

describe('normalising a query', () => {
  it('turns traditional into simplified and full-width into half-width', () => {
    expect(normalize('忘記支付密碼', data.t2s)).toBe('忘记支付密码');
    expect(normalize('ＥＣＮＹ　钱包！', data.t2s)).toBe('ecny 钱包');
  });
  it('strips filler words but never the whole query', () => {
    expect(stripFillers('密码忘了咋办')).toBe('密码忘');
    expect(stripFillers('我的钱包怎么办啊')).toBe('钱包');
    expect(stripFillers('怎么办')).toBe('怎么办');
  });
});

describe('rewriting', () => {
  it('maps synonyms, longest phrase first', () => {
    expect(applyRewrites('钱没显示', [['显示', 'x'], ['没显示', '未到账']])).toBe('钱 未到账');
    expect(prepareQuery('付错钱了能退吗', data)).toBe('误操作 钱 能退');
  });

  it('takes a wallet name out of the query', () => {
    expect(detectWallet('邮储钱包充值失败', data.walletNames)).toEqual({ wallet: '邮政数字钱包', rest: '充值失败' });
    expect(detectWallet('e-cny 注册', data.walletNames)).toEqual({ wallet: '人行数字钱包', rest: '注册' });
    expect(detectWallet('数字人民币', data.walletNames)).toEqual({ rest: '数字人民币' });
    expect(detectWallet('充值失败', data.walletNames)).toEqual({ rest: '充值失败' });
  });
});

describe('terms', () => {
  it('splits Chinese runs into words and drops filler', () => {
    // Written without spaces, as readers type: only word segmentation can separate the words.
    const terms = queryTerms('钱包充值失败');
    expect(terms).toContain('钱包');
    expect(terms).toContain('失败');
    expect(terms.join('')).toBe('钱包充值失败');
  });
});

/** A tiny in-memory engine with Pagefind's rule: every term must occur in the page. */
function engineOver(pages: Record<string, string>): Engine {
  return async (q, wallet) => Object.entries(pages)
    .filter(([, text]) => q.split(' ').every((t) => text.includes(t)) && (!wallet || text.includes(wallet)))
    .map(([id, text]) => ({ id, score: q.split(' ').reduce((s, t) => s + text.split(t).length - 1, 0) }));
}

describe('searching', () => {
  const pages = { a: '充值 未到账 充值', b: '支付 失败', c: '充值 方法', d: '未到账 提现' };

  it('returns whole-query hits without relaxing when there are enough', async () => {
    const outcome = await search('充值', data, engineOver({ ...pages, e: '充值', f: '充值' }));
    expect(outcome.relaxedTerms).toEqual([]);
    expect(outcome.hits.map((h) => h.id).sort()).toEqual(['a', 'c', 'e', 'f']);
  });

  it('relaxes to separate terms and ranks pages matching more of them first', async () => {
    const outcome = await search('钱充值了没显示', data, engineOver(pages));
    expect(outcome.query).toBe('钱充值 未到账');
    expect(outcome.relaxedTerms.length).toBeGreaterThan(1);
    expect(outcome.hits[0]!.id).toBe('a');
  });

  it('ranks the named wallet first and still finds other pages', async () => {
    const outcome = await search('邮储充值方法', data, engineOver({ g: '充值 方法', p: '邮政数字钱包 充值 方法' }));
    expect(outcome.wallet).toBe('邮政数字钱包');
    expect(outcome.hits.map((h) => h.id)).toEqual(['p', 'g']);
  });

  it('keeps the named wallet first when the query had to be relaxed', async () => {
    // Neither page has every term, both match two; the general page scores higher.
    const outcome = await search('邮储支付密码没显示', data, engineOver({
      g: '支付密码 支付密码 支付密码 未到账 未到账',
      p: '邮政数字钱包 支付密码 未到账',
      x: '无关',
    }));
    expect(outcome.relaxedTerms.length).toBeGreaterThan(1);
    expect(outcome.hits.map((h) => h.id)).toEqual(['p', 'g']);
  });

  it('finds nothing for an empty query', async () => {
    expect((await search('  ？ ', data, engineOver(pages))).hits).toEqual([]);
  });
});
