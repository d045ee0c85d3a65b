/**
 * The editors' scam rules (content/search-intents.yaml) as readers meet them: a scam told in a
 * victim's words trips its rule, and an ordinary question about the same subject does not — a rule
 * that fires on 「我转错账了」 would hide the answer a reader needs behind a fraud page.
 */
import { describe, expect, it } from 'vitest';
import { matchIntents, type Intent } from '../../src/lib/search/answer-search';
import { articleUrl } from '../../src/lib/routes';
import { realContent } from '../helpers/real-content';

const intents: Intent[] = realContent().searchIntents.map((i) => ({ id: i.id, when: i.when, urls: i.articles.map(articleUrl) }));
const first = (q: string) => matchIntents(q, intents)[0]?.id;

describe('scam rules', () => {
  it.each([
    ['一个陌生人打电话说他把钱转错到我卡上了，让我转回他另一张卡', 'mistaken-transfer'],
    ['有人自称客服，说要给我理赔，让我先报一下手机收到的验证码', 'code-or-password'],
    ['自称警察说我涉嫌洗钱，要我把存款转到安全账户配合调查', 'safe-account'],
    ['对方让我下载一个会议软件开共享屏幕', 'remote-screen'],
    ['电话说我以前的校园贷没注销会影响征信', 'loan-cancel-credit'],
    ['短信说数币红包待领取', 'ecny-red-packet'],
    ['我在百度上搜的客服电话打过去了', 'searched-number'],
    ['刚才把手机验证码念给来电的人了', 'code-or-password'],
  ])('catch 「%s」', (q, id) => {
    expect(matchIntents(q, intents).map((m) => m.id)).toContain(id);
  });

  it.each([
    '我自己转账转错人了怎么办',
    '注册的时候收不到短信验证码',
    '不想用了怎么注销账户',
    '怎么关掉每月自动还款',
    '提现要手续费吗',
    '支付密码忘了怎么重置',
    '数字人民币怎么领消费券',
  ])('leave the ordinary question 「%s」 alone', (q) => {
    expect(first(q)).toBeUndefined();
  });
});
