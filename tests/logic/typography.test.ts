import { describe, expect, it } from 'vitest';
import { typographyProblems } from '../../src/lib/content/typography';

const messages = (t: string) => typographyProblems(t).map((p) => p.message);

describe('house typography', () => {
  it.each([
    ['这是测试,好的', '中文句子里用了半角标点「,」。'],
    ['先充值.然后付款', '中文句子里用了半角标点「.」。'],
    ['怎么办?', '中文句子里用了半角标点「?」。'],
    ['打开(官方)App', '中文句子里用了半角标点「(」。'],
    ['打开官方 App 查看', '中文和英文或数字之间多了空格。'],
    ['第 3 步', '中文和英文或数字之间多了空格。'],
    ['点“找回密码”', '引号用了「“…”」：本站的引号统一用「」。'],
    ['对方说"账户异常"。', '引号用了「"…"」：本站的引号统一用「」。'],
    ['他说‘退款’', '引号用了「‘…’」：本站的引号统一用「」。'],
    ['只剩一半的引号”', '引号用了「”」：本站的引号统一用「」。'],
  ])('flags 「%s」', (text, message) => {
    expect(messages(text)).toContain(message);
  });

  it.each([
    ['打开官方App（或官网）查看，第3步。'],
    ['<Steps>\n\n1. 第一步。\n2. 第二步。\n\n</Steps>'],
    ['<ContactCard id="antifraud-hotline" />'],
    ['见 [防骗](/general/fake-customer-service/)。'],
    ['`npm run dev` 预览'],
    ['- 列表项\n## 小标题'],
    ['版本1.5和1,000元'],
    ['点「找回密码」，对方说「他讲了『退款』」'],
    ['<Callout type="warning" title="先别转账">'],
    ['<ArticleLink to="general/fake-customer-service" />'],
    ['英文名是"Digital Wallet"'],
  ])('accepts 「%s」', (text) => {
    expect(messages(text)).toEqual([]);
  });

  it('points at the opening quote and gives the 「」 version', () => {
    const [p] = typographyProblems('先点“找回密码”再输入');
    expect(p!.index).toBe(2);
    expect(p!.fix).toBe('改成「找回密码」（引号里面再引用时用『』）。');
  });

  it('points at the offending character', () => {
    const [p] = typographyProblems('第一句,第二句');
    expect(p!.index).toBe(3);
    expect(p!.fix).toBe('改成全角「，」。');
  });
});

describe('inline components', () => {
  it('flags a space between Chinese and an inline component, on either side', () => {
    expect(typographyProblems('拨打 <Contact id="police" />报警').map((p) => p.index)).toEqual([2]);
    expect(typographyProblems('见<ArticleLink to="general/x" /> 这篇').length).toBe(1);
  });
  it('leaves components written against the text alone', () => {
    expect(typographyProblems('拨打<Contact id="police" />报警，详见<ArticleLink to="general/x" />。')).toEqual([]);
  });
});
