import { describe, expect, it } from 'vitest';
import { normalize, stripFillers } from '../../src/lib/search/normalize';
import { applyLoneWords, applyRewrites } from '../../src/lib/search/expand';
import { detectWallet, prepareQuery, type SearchData } from '../../src/lib/search/pipeline';

const data: SearchData = {
  t2s: { 忘: '忘', 記: '记', 碼: '码', 付: '付', 錢: '钱', 賬: '账', 戶: '户' },
  rewrites: [['没显示', '未到账'], ['付错', '误操作']],
  walletNames: [['邮储', '邮政数字钱包'], ['邮政数字钱包', '邮政数字钱包'], ['数字人民币', '人行数字钱包'], ['e-cny', '人行数字钱包']],
  lone: { 充: '充值', 开: '注册', 还: '还款' },
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

  it('reads a verb left standing alone as the word it is short for, never a character inside a word', () => {
    expect(applyLoneWords(detectWallet(prepareQuery('往邮储钱包充了500还没到账', data), data.walletNames).rest, data.lone)).toBe('往 充值 500还没到账');
    expect(applyLoneWords(detectWallet(prepareQuery('数字人民币钱包怎么开', data), data.walletNames).rest, data.lone)).toBe('注册');
    expect(applyLoneWords('余额还是0 打开', data.lone)).toBe('余额还是0 打开');
  });

  it('takes a wallet name out of the query', () => {
    expect(detectWallet('邮储钱包充值失败', data.walletNames)).toEqual({ wallet: '邮政数字钱包', rest: '充值失败' });
    expect(detectWallet('e-cny 注册', data.walletNames)).toEqual({ wallet: '人行数字钱包', rest: '注册' });
    expect(detectWallet('数字人民币', data.walletNames)).toEqual({ rest: '数字人民币' });
    expect(detectWallet('充值失败', data.walletNames)).toEqual({ rest: '充值失败' });
  });
});

