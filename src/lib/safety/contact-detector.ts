/**
 * Finds contact details written straight into text: phone numbers, e-mail addresses, web
 * addresses and WeChat/QQ ids. Fake customer service lives on numbers that look official, so every
 * number, address or account id a reader sees must come from the verified registry
 * (content/contacts.yaml) through <ContactCard> or <Contact>, never from prose.
 *
 * Scams hide contacts from filters (９５５８０, 955 80, 九五五八八, 薇信, kefu(at)wallet(dot)cn,
 * //kefu.shop/), so the text is first normalized (./normalize.ts) and the patterns below run on
 * the result; each finding is mapped back to the text and offset as written. Pure string code:
 * it also runs in the browser.
 */
import { normalizeForDetection } from './normalize';

export interface RawContact {
  /** What was found, in words for the editor (电话号码, 网址…). */
  kind: string;
  /** The contact as written in the original text. */
  value: string;
  /** 0-based offset of `value` in the original text. */
  index: number;
}

const PHONE = '电话号码';
const PHONE_OR_ACCOUNT = '电话号码或账号';
const EMAIL = '电子邮件地址';
/** The kind given to web addresses of any form (the number check reads these with a URL parser). */
export const URL_KIND = '网址';
const IM_ID = 'QQ 号或微信号';

// ---------------------------------------------------------------------------------------------
// Addresses

/** `a.b` whose last part is one of these is a file name (forgot-password.mdx), not a host. */
const FILE_EXTENSIONS = new Set([
  'mdx', 'md', 'markdown', 'yaml', 'yml', 'ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json', 'astro',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico', 'css', 'scss', 'html', 'htm', 'txt',
  'csv', 'pdf', 'xml', 'toml', 'log', 'sh', 'map', 'woff', 'woff2', 'apk', 'ipa', 'exe', 'zip',
  'rar', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'mp3', 'mp4',
]);
/**
 * Upper-case words of the handbook that can follow a Latin word and a full stop ("下载App。NFC…"
 * becomes App.NFC once 。 is read as a dot). Lower-case hosts are always taken at their word.
 */
const CONTENT_WORDS = new Set(['APP', 'NFC', 'SIM', 'DCEP', 'CNY', 'FI', 'ID', 'PIN', 'OK', 'PDF', 'IOS', 'AI', 'UI', 'API', 'QR', 'USB', 'VIP', 'PC']);
/** TLDs still recognised when capitalised (Kefu.Com); other capitalised endings are words (App.Store). */
const COMMON_TLDS = new Set(['com', 'cn', 'net', 'org']);

// What may follow a host: ASCII URL characters only, so the Chinese sentence around it is not taken.
const PATH = String.raw`(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~%!$&*+,;=:@/?#]*)?`;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
// Any scheme in any case (HTTPS://, hxxp://, weixin://): all of them leave the site. Browsers and
// auto-linkers also repair https//, https:/ and https:\\ for the web schemes.
const SCHEME_URL_RE = /(?<![A-Za-z0-9+.-])(?:[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/|(?:https?|hxxps?|ftps?)(?::\/|\/\/|:\\\\))[A-Za-z0-9%][A-Za-z0-9\-._~%!$&*+,;=:@/?#]*/gi;
// Protocol-relative (//kefu.shop/) in links, href, reference definitions and meta refresh.
const RELATIVE_URL_RE = new RegExp(String.raw`(?<![:/\\])//(?:${LABEL}\.)+${LABEL}${PATH}`, 'g');
const WWW_RE = new RegExp(String.raw`(?<![A-Za-z0-9.@/_-])www\d{0,3}\.${LABEL}(?:\.${LABEL})*${PATH}`, 'gi');
const IP_RE = new RegExp(String.raw`(?<![A-Za-z0-9.])(?:${OCTET}\.){3}${OCTET}(?![0-9]|\.\d)${PATH}`, 'g');
// A bare host: labels, a dot and a TLD of letters. Not after / (site paths such as /x/a.svg).
// Chinese top-level domains (kefu.中国, kefu.公司) are taken after a Latin label only.
const CHINESE_TLDS = '中国|中國|公司|网络|網絡|在线|中文网|商城|网店|移动|集团|我爱你|手机|信息|游戏|商标|网址';
const DOMAIN_RE = new RegExp(String.raw`(?<![A-Za-z0-9_.@/\\-])((?:${LABEL}\.)+)([A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59}|${CHINESE_TLDS})(?![A-Za-z0-9_-])${PATH}`, 'g');
/**
 * A dot written as 。 or 点 is usually the end of a sentence or a word ("下载app。nfc…"): only a
 * TLD people actually use in scam addresses turns such a pair into a host.
 */
const SPELLED_DOT_TLDS = new Set(['com', 'cn', 'net', 'org', 'top', 'xyz', 'shop', 'vip', 'cc', 'info', 'online', 'site', 'club', 'wang', 'ltd', 'link', 'tech', 'store', 'icu', 'hk', 'tw', 'biz', 'pro', 'fun', 'live']);

/** Whether `labels.tld` written without scheme or www is a host rather than a file or a sentence. */
function plausibleHost(labels: string, tld: string): boolean {
  const lower = tld.toLowerCase();
  if (FILE_EXTENSIONS.has(lower)) return false;
  if (tld !== lower) {
    if (tld !== tld.toUpperCase()) return COMMON_TLDS.has(lower); // App.Store, Wi.Fi
    if (CONTENT_WORDS.has(tld)) return false; // App.NFC
  }
  // "1.App", "2.NFC": a list number before a word. Real numeric hosts (163.com, 12306.cn) are
  // longer than one digit and written in lower case.
  if (/^[\d.]+$/.test(labels)) return tld === lower && labels.replace(/\./g, '').length >= 2;
  return true;
}

// ---------------------------------------------------------------------------------------------
// WeChat and QQ ids (normalize.ts has already turned 薇信, vx, 扣扣, 企鹅号… into 微信 / QQ)

const IM_RE = /(微信|QQ)(?:[ \t]*(?:号码|群号|公众号|账号|帐号|号|群|ID|id|名|搜索|搜|添加|加))?[ \t]*([:=\-]|是|为)?[ \t]*([A-Za-z0-9][A-Za-z0-9_-]{4,29})(?![A-Za-z0-9_-])/g;

/** Without a colon an id must look like one: digits, _ or -, or all lower case (kefu_88, 12345678). */
function plausibleId(id: string, hasSeparator: boolean): boolean {
  return hasSeparator || /[\d_-]/.test(id) || /^[a-z]{6,}$/.test(id);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Numbers that are not contacts: blanked before numbers are grouped, so 2026-11-22 10:30 stays two. */
const DATE_RE = /(?<!\d)(?:19|20)\d{2}(?:[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}(?:[ \t]*[日号])?|[ \t]*[-/.年][ \t]*(?:0?[1-9]|1[0-2])(?:[ \t]*月)?)(?![\d])/g;
const TIME_RE = /(?<!\d)(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?!\d)/g;
/** 1,000.50 with ASCII commas (the original is checked: "110，120" is a list, not a thousand). */
const THOUSANDS_RE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g;

/**
 * Digits with the separators people put inside phone numbers: spaces, dashes, dots, brackets
 * around an area code, a leading + or (+86). Not glued to Latin letters (5G, SHA256, kefu_2026)
 * or continuing a version or path (v1.2, /12345).
 */
const NUMBER_RE = /(?<![0-9A-Za-z_/#=&?%@]|[0-9A-Za-z_][.\-])(?:\+|\([ \t]*\+?)?\d+(?:(?:[ \t]*[-.()~][ \t]*|[ \t]{1,3})\d+)*(?![0-9A-Za-z_])/g;
/** Units after a number: an amount, a count, a duration, a share (95588人工 is still a number). */
const UNIT_AFTER = /^[ \t]*(?:元|块|圆|万|亿|千|百|角|%|‰|年|个?月|日|天|周|星期|小时|钟头|分钟|分(?!机)|秒|毫秒|次|笔|个|位|步|条|张|岁|倍|人民币|人(?!工)|名|项|页|字|件|单|份|积分|级|期|(?:k|w|kb|mb|gb|tb|mah|km|kg|ms|px|rmb|cny|usd|yuan)(?![A-Za-z]))/i;
/** Words before a number that make it an amount or an ordinal. */
const CONTEXT_BEFORE = /(?:[¥$€£]|RMB|CNY|USD|人民币|第|金额|余额|限额|额度|价格|手续费|合计|共计|总计|(?:GB|JR|GA|YD)(?:\/[TZ])?|ISO|IEC)[ \t]*:?[ \t]*$/i;
/**
 * Digit strings that are dialled: mobile 1[3-9]x, 400/800, landline 0 + area code, bank and
 * public-service lines 95xxx/96xxx, government lines 12xxx, carriers 10086/10010/10000….
 */
const PHONE_DIGITS = /^(?:1[3-9]\d{9}|[48]00\d{7}|0[1-9]\d{8,10}|9[56]\d{3,6}|12\d{3}|100(?:00|01|10|50|60|86))$/;
const EMERGENCY = new Set(['110', '119', '120', '122']);

/** Kind of a digit group found by NUMBER_RE, or null when it is not a contact. */
function classifyNumber(raw: string, before: string, after: string): string | null {
  if (UNIT_AFTER.test(after) || CONTEXT_BEFORE.test(before)) return null;
  const groups = raw.match(/\d+/g) ?? [];
  const separators = raw.split(/\d+/).slice(1, -1);
  let digits = groups.join('');
  if (/^\(?[ \t]*\+/.test(raw) && digits.startsWith('86')) digits = digits.slice(2);
  else if (/^(?:0086|86)1[3-9]\d{9}$/.test(digits)) digits = digits.replace(/^(?:00)?86/, '');
  const dots = separators.filter((sep) => sep.trim() === '.').length;
  // "1. 2. 3." is a list, whatever the digits spell.
  if (dots === separators.length && separators.some((sep) => sep !== '.')) return null;
  const fraction = groups[groups.length - 1] ?? '';
  // A single dot is a decimal point (955.88 could be an amount) unless the digits are a phone
  // number and the "fraction" is longer than any amount's (138.12345678).
  const decimal = groups.length === 2 && dots === 1 && separators[0] === '.';
  if (PHONE_DIGITS.test(digits) && !(decimal && fraction.length < 3)) return PHONE;
  // 110 only as written: 1.1.0 and 1-10 are a version and a range.
  if (groups.length === 1 && EMERGENCY.has(digits) && !raw.startsWith('+')) return PHONE;
  // Only dots between groups and not a phone: a version or build number (1.2.3, 156.0.8078.79).
  if (dots >= 2 && dots === separators.length) return null;
  // 6-8, 1000-5000, 3~5, 1.7–1.75: a range goes up and has no leading zeros (010-12345678 does).
  const range = /^(\d+(?:\.\d+)?)[ \t]*[-~][ \t]*(\d+(?:\.\d+)?)$/.exec(raw);
  if (range && !/^0\d/.test(range[1]!) && !/^0\d/.test(range[2]!) && Number(range[1]) < Number(range[2])) return null;
  if (range && /^(?:19|20)\d\d$/.test(range[1]!) && /^\d\d$/.test(range[2]!) && range[2]! > range[1]!.slice(2)) return null; // 2025-26
  if (decimal) digits = groups[0]!; // only the whole part of a decimal counts
  return digits.length >= 5 ? PHONE_OR_ACCOUNT : null;
}

// ---------------------------------------------------------------------------------------------

/** Component attributes such as id="antifraud" or to="postal/top-up" are references, not contacts. */
const ATTRIBUTE_RE = /\b(?:id|to|wallet|topic|type)=(?:"[^"]*"|'[^']*')/g;

/** Replaces each match with private-use characters (same length), so offsets stay put. */
function blank(text: string, re: RegExp, keep: (m: RegExpExecArray) => boolean = () => false): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (keep(m)) continue;
    out += text.slice(last, m.index) + '\uE000'.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** Cuts sentence punctuation off the end of an address (…/login. or kefu.shop,). */
function trimAddress(value: string): string {
  return value.replace(/[.,;:!?*'"]+$/, '');
}

export function findRawContacts(text: string): RawContact[] {
  const { text: norm, origin, originEnd } = normalizeForDetection(text);
  const scanned = blank(norm, ATTRIBUTE_RE);
  const taken: Array<[number, number]> = [];
  const found: RawContact[] = [];

  const claim = (start: number, length: number, kind: string) => {
    const end = start + length;
    if (length <= 0 || taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    // Back to the original: from the first source character to the last one, trimmed.
    let from = origin[start]!;
    let to = originEnd[end - 1]!;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    found.push({ kind, value: text.slice(from, to), index: from });
  };

  // Most specific first: the first pattern that claims a span wins. A link with a scheme goes
  // before e-mail, so https://official.cn:443@evil.top/ is one address, not an e-mail inside one.
  for (const m of scanned.matchAll(SCHEME_URL_RE)) claim(m.index, trimAddress(m[0]).length, URL_KIND);
  for (const m of scanned.matchAll(EMAIL_RE)) {
    if (!FILE_EXTENSIONS.has(m[1]!.toLowerCase())) claim(m.index, m[0].length, EMAIL); // icon@2x.png
  }
  for (const re of [RELATIVE_URL_RE, WWW_RE, IP_RE]) {
    for (const m of scanned.matchAll(re)) claim(m.index, trimAddress(m[0]).length, URL_KIND);
  }
  for (const m of scanned.matchAll(DOMAIN_RE)) {
    const labels = m[1]!;
    const tld = m[2]!;
    let spelled = false; // was one of the dots written as 。 or 点?
    for (let k = m.index; k < m.index + labels.length; k++) {
      if (scanned[k] === '.' && '。｡点點'.includes(text[origin[k]!]!)) spelled = true;
    }
    if (spelled && !SPELLED_DOT_TLDS.has(tld.toLowerCase())) continue;
    if (plausibleHost(labels.slice(0, -1), tld)) claim(m.index, trimAddress(m[0]).length, URL_KIND);
  }
  for (const m of scanned.matchAll(IM_RE)) {
    if (plausibleId(m[3]!, m[2] !== undefined)) claim(m.index, m[0].length, IM_ID);
  }

  let numbers = blank(scanned, DATE_RE);
  numbers = blank(numbers, TIME_RE);
  numbers = blank(numbers, THOUSANDS_RE, (m) => {
    // Only commas typed as ASCII ',' group thousands; a full-width ， separates two numbers.
    for (let k = 0; k < m[0].length; k++) if (m[0][k] === ',' && text[origin[m.index + k]!] !== ',') return true;
    return false;
  });
  for (const m of numbers.matchAll(NUMBER_RE)) {
    let start = m.index;
    let raw = m[0];
    if (raw.startsWith('(') && !raw.includes(')')) {
      // "(95588)": the bracket belongs to the sentence.
      const inner = raw.replace(/^\([ \t]*/, '');
      start += raw.length - inner.length;
      raw = inner;
    }
    const kind = classifyNumber(raw, numbers.slice(Math.max(0, start - 12), start), numbers.slice(start + raw.length, start + raw.length + 8));
    if (kind) claim(start, raw.length, kind);
  }

  return found.sort((a, b) => a.index - b.index);
}


/**
 * The form a contact is compared in, so a value found in text can be matched against the
 * registry however either was written: digits only for phone numbers (country code dropped),
 * lower-case host and path for addresses (no scheme, no www., no trailing /), lower-case e-mail,
 * "wechat:id" / "qq:id" for account ids.
 */
export function normalizeContactValue(value: string): string {
  const t = normalizeForDetection(value).text.trim();
  const im = /^(微信|QQ)\D*?([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(t);
  if (im) return `${im[1] === 'QQ' ? 'qq' : 'wechat'}:${im[2]!.toLowerCase()}`;
  if (/^(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$/i.test(t)) return t.replace(/^mailto:/i, '').toLowerCase();
  const address = (a: string) => a.replace(/^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\//, '').toLowerCase().replace(/^www\d{0,3}\./, '').replace(/\/+$/, '');
  if (/^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\//.test(t) || /^(?:\d{1,3}\.){3}\d{1,3}(?:[:/?#]|$)/.test(t)) return address(t);
  if (/^(?:tel:)?[\d\s+().\-~]+$/i.test(t)) {
    let digits = t.replace(/\D/g, '');
    if ((/^(?:tel:)?[\s(]*\+/i.test(t) && digits.startsWith('86')) || digits.startsWith('0086')) {
      digits = digits.replace(/^(?:00)?86/, '');
      // +86 10 12345678 is the Beijing landline 010-12345678.
      if (!/^(?:1[3-9]\d{9}|[48]00\d{7}|0)/.test(digits)) digits = `0${digits}`;
    } else if (/^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);
    // +96110 or 0096110 is dialled abroad (country code 961…): never the same as a domestic number.
    else if (/^(?:tel:)?[\s(]*(?:\+|00)/i.test(t)) return `+${digits.replace(/^00/, '')}`;
    return digits;
  }
  if (/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[:/?#]|$)/.test(t)) return address(t);
  return t.toLowerCase().replace(/\s+/g, '');
}
