/**
 * The number check for readers: someone gave you a number, a link or an account id — is it one
 * we have verified? Uses the same normaliser and detector as the build's contact rule, so a
 * registry value is recognised in any disguise (９６１１０, 96 110, 九六一一零), and says in plain
 * words what an unverified contact means. Pure: runs in the browser, sends nothing anywhere.
 */
import { findRawContacts, normalizeContactValue } from './contact-detector';

export interface RegistryContact {
  id: string;
  label: string;
  value: string;
  kind: string;
  source: string;
}

export type Verdict =
  | { status: 'empty' }
  /** Every contact in the input is in the registry. */
  | { status: 'verified'; entries: RegistryContact[]; signs: string[] }
  /** At least one contact we have not verified. */
  | { status: 'unverified'; values: string[]; signs: string[] }
  /** No number, link or id in the input (the signs may still say it is a scam). */
  | { status: 'no-contact'; signs: string[] };

/** What always means a scam, whatever the number: each with the words that give it away. */
const SCAM_SIGNS: Array<[RegExp, string]> = [
  [/验证码|校验码|动态码/, '任何人向你要验证码，都是诈骗：真正的客服、银行和警察都不会要。'],
  [/密码/, '任何人向你要密码（登录密码、支付密码、银行卡密码），都是诈骗。'],
  [/安全账户|安全帐户|核查账户|资金清查/, '没有什么「安全账户」：让你把钱转去「保管」「核查」的，都是诈骗。'],
  [/屏幕共享|共享屏幕|会议|远程|投屏/, '让你开屏幕共享、进视频会议或装远程控制软件的，都是诈骗。'],
  [/注销.*(贷|账户|账号)|征信|学生贷|校园贷/, '自称帮你「注销贷款账户」「修复征信」的，都是诈骗：征信只能由征信机构依法更正，不需要你转账。'],
  [/退款|理赔|赔偿|返现|双倍/, '主动打电话说要给你退款、理赔的，先挂断：退款会按原路进行，不需要你提供验证码或转账。'],
  [/下载|APP|App|app|\.apk/, '不要下载短信、聊天或来电里让你装的App：只从手机自带的应用商店下载。'],
];

function hostOf(key: string): string {
  return key.split(/[/?#:]/)[0] ?? key;
}

/** Two hosts a letter or two apart (pbcdc1.cn and pbcdci.cn): a look-alike, not the real one. */
function closeTo(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]! <= 2;
}

function registryMatch(key: string, registry: readonly RegistryContact[]): RegistryContact | undefined {
  return registry.find((entry) => {
    const own = normalizeContactValue(entry.value);
    if (entry.kind === 'website') return hostOf(key) === hostOf(own);
    return key === own;
  });
}

/** Signs that come from the contact itself. */
function contactSigns(key: string, written: string, registry: readonly RegistryContact[]): string[] {
  const signs: string[] = [];
  if (/^1[3-9]\d{9}$/.test(key)) signs.push('这是一个手机号码。银行、钱包和公安的官方客服都不会用个人手机号联系你：自称客服的手机号一定是假的。');
  if (/^(wechat|qq):/.test(key)) signs.push('官方客服不会让你加个人微信或QQ，也不会拉你进群处理问题。');
  if (/^\s*(\+|00)/.test(written) && !/^\s*(\+|00)86/.test(written)) signs.push('这是境外号码：自称国内客服、银行或公安的境外来电，都是诈骗。');
  if (/^(?:95|96|12)\d{3,4}$/.test(key)) signs.push('它看起来像官方服务热线，但不在我们核实过的列表里。来电显示可以伪造：不要回拨短信或来电里留下的号码，自己从官方渠道查号码再打。');
  if (/[a-z]/.test(key) && !/^(wechat|qq):/.test(key) && !key.includes('@')) {
    const host = hostOf(key);
    const official = registry.filter((e) => e.kind === 'website').map((e) => hostOf(normalizeContactValue(e.value)));
    const mimic = official.find((o) => closeTo(host, o) || (host !== o && host.includes(o.split('.')[0]!)));
    if (mimic) signs.push(`这个网址模仿了官方网址 ${mimic}，但不是它：这是钓鱼网站的常见做法。`);
    signs.push('不要点开短信、聊天或搜索广告里给的链接；官方网址请自己输入，或从官方App里打开。');
  }
  return signs;
}

export function checkContact(input: string, registry: readonly RegistryContact[]): Verdict {
  const text = input.trim();
  if (!text) return { status: 'empty' };
  const textSigns = SCAM_SIGNS.filter(([re]) => re.test(text)).map(([, sign]) => sign);

  // The whole input as one value first (a bare "９６１１０"), then whatever the detector finds in a sentence.
  const whole = normalizeContactValue(text);
  const found = registryMatch(whole, registry)
    ? [{ value: text, key: whole }]
    : findRawContacts(text).map((c) => ({ value: c.value, key: normalizeContactValue(c.value) }));
  if (found.length === 0) return { status: 'no-contact', signs: textSigns };

  const verified: RegistryContact[] = [];
  const unverified: string[] = [];
  const signs: string[] = [];
  for (const { value, key } of found) {
    const entry = registryMatch(key, registry);
    if (entry) {
      if (!verified.includes(entry)) verified.push(entry);
    } else {
      unverified.push(value);
      for (const s of contactSigns(key, value, registry)) if (!signs.includes(s)) signs.push(s);
    }
  }
  if (unverified.length > 0) return { status: 'unverified', values: unverified, signs: [...signs, ...textSigns] };
  return { status: 'verified', entries: verified, signs: textSigns };
}
