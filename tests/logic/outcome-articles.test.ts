/** Which article a troubleshooter outcome offers: the reader's own wallet's, and never the page it sits in. */
import { describe, expect, it } from 'vitest';
import { outcomeArticles } from '../../src/lib/troubleshooter/outcome-articles';
import type { TroubleshooterNode } from '../../src/lib/content/schemas';

const view = {
  articles: {
    'postal/top-up-not-arrived': { title: '邮政充值没到账', url: '/postal/top-up-not-arrived/' },
    'pboc/top-up-withdraw': { title: '数字人民币充值和提现', url: '/pboc/top-up-withdraw/' },
    'general/fake-customer-service': { title: '冒充客服', url: '/general/fake-customer-service/' },
  },
  walletNames: { postal: '邮政数字钱包', pboc: '数字人民币' },
};
const perWallet: TroubleshooterNode = { outcome: 'fix', title: 't', article: { postal: 'postal/top-up-not-arrived', pboc: 'pboc/top-up-withdraw' } };
const shared: TroubleshooterNode = { outcome: 'fraud-alert', title: 't', article: 'general/fake-customer-service' };

describe('the article an outcome offers', () => {
  it('inside an article, is the one for that article\'s wallet', () => {
    expect(outcomeArticles(perWallet, view, { wallet: 'pboc', article: 'pboc/register' })).toEqual({ kind: 'links', links: [{ article: view.articles['pboc/top-up-withdraw'] }] });
  });
  it('is never the article the troubleshooter is embedded in', () => {
    expect(outcomeArticles(perWallet, view, { wallet: 'postal', article: 'postal/top-up-not-arrived' })).toEqual({ kind: 'here' });
    expect(outcomeArticles(shared, view, { wallet: 'general', article: 'general/fake-customer-service' })).toEqual({ kind: 'here' });
  });
  it('on the troubleshooter\'s own page, is one link per wallet when they differ', () => {
    const found = outcomeArticles(perWallet, view);
    expect(found.kind === 'links' && found.links.map((l) => [l.walletName, l.article.url])).toEqual([
      ['邮政数字钱包', '/postal/top-up-not-arrived/'],
      ['数字人民币', '/pboc/top-up-withdraw/'],
    ]);
  });
  it('is one shared link when every wallet gets the same article', () => {
    expect(outcomeArticles(shared, view)).toEqual({ kind: 'links', links: [{ article: view.articles['general/fake-customer-service'] }] });
  });
});
