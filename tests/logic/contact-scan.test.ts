import { describe, expect, it } from 'vitest';
import { findRawContacts } from '../../src/lib/content/contact-scan';

const kinds = (text: string) => findRawContacts(text).map((c) => c.value);

describe('raw contact details in text', () => {
  it.each([
    ['拨打 95580 咨询', '95580'],
    ['反诈专线 96110', '96110'],
    ['打 110 报警', '110'],
    ['客服 400-820-1234', '400-820-1234'],
    ['座机 010-12345678', '010-12345678'],
    ['手机 13812345678', '13812345678'],
    ['手机 +86 138 1234 5678', '+86 138 1234 5678'],
    ['QQ：123456789', 'QQ：123456789'],
    ['加微信号：kefu_2026', '微信号：kefu_2026'],
    ['邮箱 help@example.com', 'help@example.com'],
    ['访问 https://evil.example.cn/login', 'https://evil.example.cn/login'],
    ['访问 www.pbcdci.cn', 'www.pbcdci.cn'],
    ['登录 wallet-kefu.com 处理', 'wallet-kefu.com'],
  ])('finds the contact in 「%s」', (text, value) => {
    expect(kinds(text)).toContain(value);
  });

  it.each([
    ['reviewed: 2026-11-22'],
    ['<ContactCard id="antifraud-hotline" />'],
    ['<ArticleLink to="postal/top-up" />'],
    ['至少 8 位，包含字母和数字'],
    ['2022 年北京冬奥会'],
    ['第 3 步：设置密码'],
    ['支持 e-CNY 和 Wi-Fi'],
  ])('leaves 「%s」 alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
