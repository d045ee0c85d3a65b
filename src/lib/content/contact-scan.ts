/**
 * Finds contact details written straight into text. Fake customer service lives on numbers that
 * look official, so every number, address or account id a reader sees must come from the
 * verified registry (content/contacts.yaml) through <ContactCard> or <Contact>, never from prose.
 */

export interface RawContact {
  kind: string;
  value: string;
  /** 0-based offset in the scanned text. */
  index: number;
}

// Order matters: the first pattern that claims a span wins, so specific kinds come first.
const PATTERNS: Array<{ kind: string; re: RegExp }> = [
  { kind: '电子邮件地址', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { kind: '网址', re: /\bhttps?:\/\/[^\s)"'<>，。；）]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g },
  { kind: '网址', re: /\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|app|io|top|xyz)\b(?!\.)/gi },
  { kind: 'QQ 号或微信号', re: /(?:QQ|qq|微信|WeChat|wechat|weixin|vx|VX)\s*(?:号|群|号码|ID|id)?\s*[:：为是]\s*[A-Za-z0-9_-]{5,}/g },
  { kind: '电话号码', re: /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![\d])/g },
  { kind: '电话号码', re: /(?<![\d.])[48]00[-\s]?\d{3,4}[-\s]?\d{3,4}(?![\d])/g },
  { kind: '电话号码', re: /(?<![\d.])0\d{2,3}[-\s]\d{7,8}(?![\d])/g },
  // Bank and service hotlines (95xxx, 96xxx, 12xxx) and any other long digit run (QQ numbers…).
  { kind: '电话号码或账号', re: /(?<![\d.\-/])\d{5,}(?![\d\-/])/g },
  // Emergency and police numbers are contacts too: they come from the registry like any other.
  { kind: '电话号码', re: /(?<![\d.\-/])(?:110|119|120|122)(?![\d\-/])/g },
];

/** Component attributes such as id="antifraud" or to="postal/top-up" are references, not contacts. */
function blankAttributes(text: string): string {
  return text.replace(/\b(id|to|wallet|topic|type)=("[^"]*"|'[^']*')/g, (m) => ' '.repeat(m.length));
}

export function findRawContacts(text: string): RawContact[] {
  const scanned = blankAttributes(text);
  const taken: Array<[number, number]> = [];
  const found: RawContact[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of scanned.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ kind, value: m[0].trim(), index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** 1-based line of an offset in text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
