/** The reader's number check: registry values in any disguise are recognised; anything else is explained. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContact, type RegistryContact } from '../../src/lib/safety/number-check';

// The real registry, so the check is tested against what readers will be checked against.
const registry = parse(readFileSync(join(process.cwd(), 'content', 'contacts.yaml'), 'utf8')) as RegistryContact[];
const hotline = registry.find((c) => c.kind === 'hotline' && c.value.length >= 5)!;
const website = registry.find((c) => c.kind === 'website')!;

describe('a contact from the registry', () => {
  const digits = hotline.value;
  const full = digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const numerals = digits.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);
  it.each([
    ['as written', digits],
    ['in full-width digits', full],
    ['split by spaces', digits.split('').join(' ')],
    ['with a zero-width space', `${digits.slice(0, 3)}\u200b${digits.slice(3)}`],
    ['in Chinese numerals', numerals],
    ['inside a sentence', `刚才${digits}给我打电话，说我的账户有风险`],
    ['as a tel: link', `tel:${digits}`],
  ])('is recognised %s', (_, input) => {
    const verdict = checkContact(input, registry);
    expect(verdict.status).toBe('verified');
    if (verdict.status === 'verified') expect(verdict.entries.map((e) => e.id)).toContain(hotline.id);
  });
  it('is recognised as a website however the address is typed', () => {
    const host = new URL(website.value).host;
    for (const input of [website.value, host.replace(/^www\./, ''), `HTTPS://${host.toUpperCase()}/`]) {
      expect(checkContact(input, registry).status, input).toBe('verified');
    }
  });
});

describe('a contact we have not verified', () => {
  it.each([
    ['a "customer service" mobile number', '13912345678', /手机号/],
    ['a mobile number split by dashes in a text', '【客服中心】您的钱包异常，请回电 139-1234-5678 处理', /手机号/],
    ['a WeChat id', '加薇信 kefu_2026 办理退款', /微信/],
    ['a number that looks like a bank hotline', '95511', /伪造/],
    ['a foreign number', '+852 6123 4567', /境外/],
    ['a look-alike of an official address', 'https://www.pbcdc1.cn/login', /模仿/],
    ['a link from a text', 'http://kefu-wallet.shop/refund', /链接/],
  ])('is unverified: %s', (_, input, sign) => {
    const verdict = checkContact(input, registry);
    expect(verdict.status).toBe('unverified');
    if (verdict.status === 'unverified') expect(verdict.signs.join('\n')).toMatch(sign);
  });
  it('says what kind of contact each one is, so the reader is told not to call back, open or add it', () => {
    const verdict = checkContact('加微信 kefu_2026，或者打 13912345678，或者点 http://kefu-wallet.shop/', registry);
    expect(verdict.status === 'unverified' && [...verdict.kinds].sort()).toEqual(['account', 'link', 'number']);
  });

  it('keeps the scam signs of the words around it', () => {
    const verdict = checkContact('对方说把钱转到安全账户，号码是 02112345678', registry);
    expect(verdict.status).toBe('unverified');
    if (verdict.status === 'unverified') expect(verdict.signs.join('\n')).toMatch(/安全账户/);
  });
});

// Links and numbers built from a real registry value that must never be called verified: each one
// opens or dials something else. Built from the registry so they follow it when it changes.
describe('a disguise built from a registry value', () => {
  const host = new URL(website.value).host;
  const bare = host.replace(/^www\./, '');
  const police = registry.find((c) => c.kind === 'hotline' && c.value.length === 3)!;
  it.each([
    ['user info before the host', `https://${host}:443@kefu-pay.top/`],
    ['user info without a port', `https://${host}@kefu-pay.top/refund`],
    ['user info without a scheme', `${host}@kefu-pay.top`],
    ['the official host as a sub-domain', `https://${host}.kefu-pay.top/`],
    ['the official host with a hyphenated tail', `https://${bare}-kefu.top/`],
    ['a percent-escaped dot', `https://${host}%2ekefu-pay.top/`],
    ['an explicit port', `http://${host}:8080/`],
    ['Chinese letters glued to the host', `https://${host}退款.top`],
    ['the official address only in the query', `https://kefu-pay.top/?from=${host}`],
    ['the official address only in the fragment', `https://kefu-pay.top/#${host}`],
    ['inside a text message', `【退款通知】请登录 https://${host}@kefu-pay.top/ 领取`],
  ])('a link is not verified: %s', (_, input) => {
    const verdict = checkContact(input, registry);
    expect(verdict.status, JSON.stringify(verdict)).toBe('unverified');
  });

  it('says which site a link with user info really opens', () => {
    const verdict = checkContact(`https://${host}:443@kefu-pay.top/`, registry);
    expect(verdict.status === 'unverified' && verdict.signs.join('\n')).toMatch(/kefu-pay\.top/);
    expect(verdict.status === 'unverified' && verdict.values).toEqual([`https://${host}:443@kefu-pay.top/`]);
  });

  it.each([
    ['an extension after 转', `${hotline.value}转8`],
    ['an extension after 分机', `${hotline.value}分机 2`],
    ['an extension after #', `${hotline.value}#3`],
    ['an extension after ext.', `${hotline.value} ext. 12`],
    ['an extension after a dash', `${hotline.value}-8`],
    ['the number as an extension of another', `95000转${hotline.value}`],
    ['a foreign country code', `+${hotline.value}`],
    ['a foreign prefix 00', `00${hotline.value}`],
    ['the number inside a longer one', `${hotline.value}1`],
    ['the number after more digits', `1${hotline.value}`],
  ])('a number is not verified: %s', (_, input) => {
    expect(checkContact(input, registry).status).not.toBe('verified');
  });

  it.each([
    ['a range', police.value.replace(/^(\d)(\d+)$/, '$1-$2')],
    ['a range the other way', police.value.replace(/^(\d+)(\d)$/, '$1-$2')],
    ['a version', police.value.split('').join('.')],
  ])('a short number is not verified when it is %s', (_, input) => {
    expect(checkContact(input, registry).status).not.toBe('verified');
  });

  it('keeps recognising the real thing written in ordinary ways', () => {
    for (const input of [`https://${host}/`, `${bare}`, `https://${host}./`, `登录https://${host}。`, `打开 https://${host}/ 看看`, `请拨打${police.value}报警`]) {
      expect(checkContact(input, registry).status, input).toBe('verified');
    }
  });
});

describe('input without any contact', () => {
  it('is said to hold none, with the signs it has', () => {
    expect(checkContact('', registry)).toEqual({ status: 'empty' });
    const verdict = checkContact('对方让我报一下短信验证码', registry);
    expect(verdict.status).toBe('no-contact');
    if (verdict.status === 'no-contact') expect(verdict.signs.join('\n')).toMatch(/验证码/);
  });
});
