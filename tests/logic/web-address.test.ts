/**
 * Which site a link opens, as the browser decides it: every verdict of "official" rests on this,
 * so each case here is a link that looks like one site and opens another (or the same site written
 * oddly, which must still be recognised).
 */
import { describe, expect, it } from 'vitest';
import { isOnDomain, isPlainWebPage, readWebAddress, siteOf } from '../../src/lib/safety/web-address';

describe('readWebAddress', () => {
  it.each([
    ['user info before the host', 'https://www.gov.cn:443@kefu-pay.top/', 'kefu-pay.top'],
    ['a user name that is a whole official address', 'http://https.www.gov.cn@kefu-pay.top', 'kefu-pay.top'],
    ['the official host as a sub-domain of another', 'https://www.gov.cn.kefu-pay.top/login', 'www.gov.cn.kefu-pay.top'],
    ['a percent-escaped dot joining two hosts', 'https://www.gov.cn%2ekefu-pay.top/', 'www.gov.cn.kefu-pay.top'],
    ['a backslash the browser reads as a slash', 'https://kefu-pay.top\\@www.gov.cn/', 'kefu-pay.top'],
  ])('reads the host a browser opens: %s', (_, written, host) => {
    expect(readWebAddress(written)?.host).toBe(host);
  });

  it('reads Chinese letters glued to a host as part of it (another host, not www.gov.cn)', () => {
    expect(readWebAddress('https://www.gov.cn退款.top')?.host).toMatch(/^www\.gov\.xn--cn-[a-z0-9]+\.top$/);
  });

  it.each([
    ['full-width letters and dots', 'ｗｗｗ．ｇｏｖ．ｃｎ'],
    ['ideographic full stops', 'www。gov。cn'],
    ['a trailing dot', 'https://www.gov.cn./'],
    ['capitals', 'HTTPS://WWW.GOV.CN/'],
    ['no scheme', 'www.gov.cn/zhengce/'],
    ['protocol-relative', '//www.gov.cn'],
  ])('reads the same host however it is typed: %s', (_, written) => {
    expect(readWebAddress(written)?.host).toBe('www.gov.cn');
  });

  it('keeps Chinese host names as the browser looks them up (punycode)', () => {
    expect(readWebAddress('https://数字人民币．中国/')?.host).toMatch(/^xn--[a-z0-9-]+\.xn--fiqs8s$/);
  });

  it('tells an ordinary web page from a link that is not one', () => {
    const plain = (s: string) => isPlainWebPage(readWebAddress(s)!);
    expect(plain('https://www.gov.cn/')).toBe(true);
    expect(plain('http://www.gov.cn:443/')).toBe(false); // a port the scheme does not default to
    expect(plain('https://www.gov.cn:443/')).toBe(true); // https's own port is no change
    expect(plain('https://a:b@www.gov.cn/')).toBe(false);
    expect(plain('weixin://dl/chat')).toBe(false);
    expect(plain('intent:#Intent;scheme=alipays;end')).toBe(false);
    expect(readWebAddress('localhost:8080')?.host).toBe('localhost'); // a port, not a scheme
    expect(readWebAddress('https://')).toBeNull();
  });
});

describe('sites and domains', () => {
  it('treats www. as the same site, and nothing else', () => {
    expect(siteOf('www.pbcdci.cn')).toBe('pbcdci.cn');
    expect(siteOf('wwwpbcdci.cn')).toBe('wwwpbcdci.cn');
  });
  it('puts a host on a domain only at a label boundary', () => {
    expect(isOnDomain('www.mps.gov.cn', 'gov.cn')).toBe(true);
    expect(isOnDomain('gov.cn', 'gov.cn')).toBe(true);
    expect(isOnDomain('fakegov.cn', 'gov.cn')).toBe(false);
    expect(isOnDomain('gov.cn.kefu-pay.top', 'gov.cn')).toBe(false);
  });
});
