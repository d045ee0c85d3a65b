/**
 * The number check for readers: someone gave you a number, a link or an account id — is it one
 * we have verified? Uses the same normaliser and detector as the build's contact rule, so a
 * registry value is recognised in any disguise (９６１１０, 96 110, 九六一一零), and says in plain
 * words what an unverified contact means. Pure: runs in the browser, sends nothing anywhere.
 */
import { findRawContacts, normalizeContactValue, URL_KIND } from './contact-detector';
import { isPlainWebPage, readWebAddress, siteOf } from './web-address';

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
  | { status: 'unverified'; values: string[]; kinds: UnverifiedKind[]; signs: string[] }
  /** No number, link or id in the input (the signs may still say it is a scam). */
  | { status: 'no-contact'; signs: string[] };

/** What an unverified contact is, so the verdict says what not to do with it (call back, open, add). */
export type UnverifiedKind = 'number' | 'link' | 'account' | 'email';

function unverifiedKind(finding: Finding): UnverifiedKind {
  if (finding.kind === URL_KIND) return 'link';
  if (finding.value.includes('@')) return 'email';
  if (/^(wechat|qq):/.test(normalizeContactValue(finding.value))) return 'account';
  return 'number';
}

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

/** What a reader gave us, one contact at a time, and how it was written around it. */
interface Finding {
  /** As written (shown back to the reader). */
  value: string;
  /** What the detector took it for (网址, 电话号码…). */
  kind: string;
  /** Where it stands in the input. */
  index: number;
}

/**
 * An extension or transfer written next to a number (96110转8, 96110分机8, 96110#8, ext. 8): the
 * registry verifies the number itself, not whoever answers an extension a message asks for.
 */
const EXTENSION_MARK = String.raw`(?:转|轉|分机|分機|ext\.?|x|#|\*)`;
const EXTENSION_AFTER = new RegExp(String.raw`^[ \t]*${EXTENSION_MARK}[ \t]*[0-9０-９零〇一二三四五六七八九]+`, 'i');
const EXTENSION_BEFORE = new RegExp(String.raw`${EXTENSION_MARK}[ \t]*$`, 'i');

/**
 * The run of text a phone's linkifier or a browser would take as the link: up to whitespace or a
 * punctuation mark that no address contains. Letters of any script right after a host are part of
 * it (https://www.pbcdci.cn数字.top opens another host), so they are not cut off here.
 */
function linkRun(input: string, index: number): string {
  return /^[^\s，、；！？（）【】「」『』《》<>"'“”‘’]+/.exec(input.slice(index))?.[0] ?? '';
}

/**
 * The registry's website that a link opens, if it opens one. Both the address the detector found
 * and the whole run of text it stands in must open the same registered host as an ordinary web page:
 * one reading that goes elsewhere (user info before an @, a port, a host that continues past what
 * the detector saw) and it is not verified.
 */
function websiteOpened(finding: Finding, input: string, registry: readonly RegistryContact[]): RegistryContact | undefined {
  const readings = [finding.value, linkRun(input, finding.index)].map(readWebAddress);
  if (readings.some((r) => r === null || !isPlainWebPage(r))) return undefined;
  const sites = new Set(readings.map((r) => siteOf(r!.host)));
  if (sites.size !== 1) return undefined;
  const [site] = sites;
  return registry.find((entry) => entry.kind === 'website' && registeredSite(entry) === site);
}

/** The registry's number a finding is, if it is exactly that number: no extension, no country code other than +86. */
function numberDialled(finding: Finding, input: string, registry: readonly RegistryContact[]): RegistryContact | undefined {
  const after = input.slice(finding.index + finding.value.length);
  const before = input.slice(0, finding.index);
  if (EXTENSION_AFTER.test(after) || EXTENSION_BEFORE.test(before)) return undefined;
  const key = normalizeContactValue(finding.value);
  return registry.find((entry) => entry.kind !== 'website' && normalizeContactValue(entry.value) === key);
}

function registryMatch(finding: Finding, input: string, registry: readonly RegistryContact[]): RegistryContact | undefined {
  return finding.kind === URL_KIND ? websiteOpened(finding, input, registry) : numberDialled(finding, input, registry);
}

/** Registry entries that are not numbers or addresses (数字人民币App): recognised when typed on their own. */
function namedEntry(input: string, registry: readonly RegistryContact[]): RegistryContact | undefined {
  const key = normalizeContactValue(input);
  return registry.find((entry) => entry.kind !== 'website' && entry.kind !== 'hotline' && normalizeContactValue(entry.value) === key);
}

/** The site a registry website entry opens ('' if its value is not an address). */
function registeredSite(entry: RegistryContact): string {
  return siteOf(readWebAddress(entry.value)?.host ?? '');
}

/** Signs that come from the contact itself. */
function contactSigns(finding: Finding, input: string, registry: readonly RegistryContact[]): string[] {
  const signs: string[] = [];
  const written = finding.value;
  const key = normalizeContactValue(written);
  if (/^1[3-9]\d{9}$/.test(key)) signs.push('这是一个手机号码。银行、钱包和公安的官方客服都不会用个人手机号联系你：自称客服的手机号一定是假的。');
  if (/^(wechat|qq):/.test(key)) signs.push('官方客服不会让你加个人微信或QQ，也不会拉你进群处理问题。');
  if (/^\s*(\+|00)/.test(written) && !/^\s*(\+|00)86/.test(written)) signs.push('这是境外号码：自称国内客服、银行或公安的境外来电，都是诈骗。');
  if (finding.kind !== URL_KIND) {
    const dialled = registry.find((entry) => entry.kind === 'hotline' && normalizeContactValue(entry.value) === key);
    if (dialled) signs.push(`我们核实过的是${dialled.label} ${dialled.value} 本身，不包括前后的分机号或转接号：要拨就只拨 ${dialled.value}，接通后按官方语音提示操作，不要按短信或来电里让你按的号码。`);
    else if (/^(?:95|96|12)\d{3,4}$/.test(key)) signs.push('它看起来像官方服务热线，但不在我们核实过的列表里。来电显示可以伪造：不要回拨短信或来电里留下的号码，自己从官方渠道查号码再打。');
  }
  if (finding.kind === URL_KIND) {
    const opened = readWebAddress(linkRun(input, finding.index)) ?? readWebAddress(written);
    const official = registry.filter((e) => e.kind === 'website').map(registeredSite).filter(Boolean);
    if (opened?.hasUserInfo && opened.host) {
      signs.push(`这个链接真正打开的是「${opened.host}」：「@」前面看起来像官方网址的部分只是伪装，浏览器不会去那里。`);
    } else if (opened && opened.host) {
      const site = siteOf(opened.host);
      const mimic = official.find((o) => site !== o && (closeTo(site, o) || site.includes(o.split('.')[0]!)));
      if (mimic) signs.push(`这个网址模仿了官方网址 ${mimic}，但不是它：这是钓鱼网站的常见做法。`);
      else if (official.some((o) => written.toLowerCase().includes(o))) signs.push(`这个链接打开的是「${opened.host}」，不是我们核实过的官方网站：网址里带着官方网址的字样，也可能只是伪装。`);
    }
    signs.push('不要点开短信、聊天或搜索广告里给的链接；官方网址请自己输入，或从官方App里打开。');
  }
  return signs;
}

export function checkContact(input: string, registry: readonly RegistryContact[]): Verdict {
  const text = input.trim();
  if (!text) return { status: 'empty' };
  const textSigns = SCAM_SIGNS.filter(([re]) => re.test(text)).map(([, sign]) => sign);

  // An entry that is a name rather than a number or address (数字人民币App) is recognised typed on
  // its own; numbers and addresses are only ever verified through what the detector finds, so a
  // range (1-10), an extension (96110转8) or a longer number is never read as a registry number.
  const named = namedEntry(text, registry);
  if (named) return { status: 'verified', entries: [named], signs: textSigns };
  const found: Finding[] = findRawContacts(text);
  if (found.length === 0) return { status: 'no-contact', signs: textSigns };

  const verified: RegistryContact[] = [];
  const unverified: string[] = [];
  const kinds: UnverifiedKind[] = [];
  const signs: string[] = [];
  for (const finding of found) {
    const entry = registryMatch(finding, text, registry);
    if (entry) {
      if (!verified.includes(entry)) verified.push(entry);
    } else {
      const shown = finding.kind === URL_KIND ? linkRun(text, finding.index) || finding.value : withExtension(finding, text);
      unverified.push(shown);
      if (!kinds.includes(unverifiedKind(finding))) kinds.push(unverifiedKind(finding));
      for (const s of contactSigns(finding, text, registry)) if (!signs.includes(s)) signs.push(s);
    }
  }
  if (unverified.length > 0) return { status: 'unverified', values: unverified, kinds, signs: [...signs, ...textSigns] };
  return { status: 'verified', entries: verified, signs: textSigns };
}

/** A number shown back with the extension written next to it (「96110转8」不在…), so the reader sees what was judged. */
function withExtension(finding: Finding, input: string): string {
  const after = input.slice(finding.index + finding.value.length);
  const ext = EXTENSION_AFTER.exec(after);
  return ext ? finding.value + ext[0] : finding.value;
}
