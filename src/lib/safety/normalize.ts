/**
 * Undoes the disguises people use to slip a phone number, account id or address past a filter:
 * Markdown/MDX that renders differently from its source (&#53;, 955**88**, kefu\.shop), full-width
 * and other-script characters, invisible characters, odd dashes, numbers written in Chinese,
 * homophones of 微信/QQ, and "(at)"/"(dot)" e-mail spelling. The contact detector runs on the result.
 *
 * Every character of the result remembers where it came from, so a finding can be reported with
 * the text and offset the editor actually wrote. Pure string code: it also runs in the browser.
 */

export interface NormalizedText {
  text: string;
  /** origin[i]: offset in the original text of the first original character behind text[i]. */
  origin: number[];
  /** originEnd[i]: offset just past the last original character behind text[i]. */
  originEnd: number[];
}

/** A string under construction, with the original span of each UTF-16 unit. */
interface Mapped {
  text: string;
  start: number[];
  end: number[];
}

// Zero-width and other invisible characters: soft hyphen, combining grapheme joiner, Arabic letter
// mark, Hangul fillers, Mongolian vowel separator, zero-width space/joiners, direction marks and
// embeddings, word joiner and invisible operators, variation selectors, BOM. Also combining marks
// left over after per-character NFKC: they only decorate (9⃣ keycaps, u̲n̲d̲e̲r̲l̲i̲n̲e̲d̲ text).
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u0300-\u036F\u20D0-\u20FF]/;

/**
 * Decimal digits of other scripts (٩٥٥٨٨, ९५५८८) that NFKC leaves alone. Unicode lays out every
 * decimal digit set as ten consecutive code points from 0 to 9, so the value is the distance
 * from the start of the run of digits the character sits in, modulo 10.
 */
function otherScriptDigit(ch: string): string | undefined {
  if (ch < '\u0080' || !/\p{Nd}/u.test(ch)) return undefined;
  const cp = ch.codePointAt(0)!;
  let first = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(first - 1))) first--;
  return String((cp - first) % 10);
}

// Every dash an IME or a word processor produces (after NFKC, which already turns ﹣ and － into
// '-' and ‑ into ‐). ー (katakana prolonged sound) and box-drawing lines are typed as dashes too.
const DASHES = /[\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\u30FC\u2500\u2501\uFE58\uFE63\uFF0D]/g;

/** Step 2, per character: drop invisibles, NFKC (full-width → ASCII), one kind of dash. */
function foldCharacters(m: Mapped): Mapped {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < m.text.length; ) {
    const ch = String.fromCodePoint(m.text.codePointAt(i)!);
    const next = i + ch.length;
    if (!INVISIBLE.test(ch)) {
      // Per character rather than on the whole string, so each output unit keeps its source.
      // NFKC may expand one character (① → 1, ㎏ → kg); every piece points at the same source.
      const nfkc = ch.normalize('NFKC');
      const folded = (otherScriptDigit(nfkc) ?? nfkc).replace(DASHES, '-');
      for (let k = 0; k < folded.length; k++) {
        start.push(m.start[i]!);
        end.push(m.end[next - 1]!);
      }
      text += folded;
    }
    i = next;
  }
  return { text, start, end };
}

/**
 * Regex replacement that keeps the mapping: unmatched units keep their spans, every unit of a
 * replacement spans the whole matched original (so "(at)" → "@" still covers all four characters).
 */
function replaceMapped(m: Mapped, re: RegExp, replace: (match: string, ...groups: string[]) => string): Mapped {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    text += m.text.slice(from, to);
    for (let k = from; k < to; k++) {
      start.push(m.start[k]!);
      end.push(m.end[k]!);
    }
  };
  for (const match of m.text.matchAll(re)) {
    const from = match.index;
    const to = from + match[0].length;
    if (to === from) continue;
    copy(last, from);
    const out = replace(match[0], ...(match.slice(1) as string[]));
    for (let k = 0; k < out.length; k++) {
      start.push(m.start[from]!);
      end.push(m.end[to - 1]!);
    }
    text += out;
    last = to;
  }
  copy(last, m.text.length);
  return { text, start, end };
}

const NAMED_ENTITIES: Record<string, string> = {
  period: '.', commat: '@', colon: ':', sol: '/', hyphen: '-', dash: '-', minus: '-', nbsp: ' ',
  amp: '&', lpar: '(', rpar: ')', lowbar: '_', ndash: '-', mdash: '-', zwsp: '', shy: '',
};

/**
 * Step 1: what Markdown and MDX render differently from what is written. A reader sees 95588 for
 * 9&#53;588, 955**88**, 955{''}88 or 955<b>88</b>, and kefu.shop for kefu\.shop.
 */
function renderMarkup(m: Mapped): Mapped {
  let out = replaceMapped(m, /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));|&([a-z]{2,8});/gi, (match, hex, dec, name) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    return NAMED_ENTITIES[name!.toLowerCase()] ?? match;
  });
  out = replaceMapped(out, /\\([!-/:-@[-`{-~])/g, (_match, punct) => punct!);
  // Empty JSX expressions and JSX comments: {''} {" "} {/* */}
  return replaceMapped(out, /\{\s*(?:(['"`])\s*\1|\/\*[\s\S]*?\*\/)?\s*\}/g, () => '');
}

/**
 * Step 3: Markdown emphasis and code marks (955**88**, 9`55`88) and inline HTML tags
 * (95<b>58</b>8) inside a number or a word, after NFKC so ９**５ counts too. A mark is only
 * dropped when the same mark occurs again (it opens or closes something): the stars of a masked
 * number such as 138****5678 or 138***5678 stay.
 */
function stripInlineMarks(m: Mapped): Mapped {
  const seen = new Map<string, number>();
  for (const [run] of m.text.matchAll(/[*_~`]+/g)) seen.set(run, (seen.get(run) ?? 0) + 1);
  const out = replaceMapped(m, /(?<=[0-9A-Za-z])(?:\*{1,3}|_{2}|`+|~~)(?=[0-9A-Za-z])/g, (mark) => ((seen.get(mark) ?? 0) >= 2 ? '' : mark));
  return replaceMapped(out, /(?<=[0-9A-Za-z])(?:<\/?(?:b|i|u|s|em|strong|span|sup|sub|mark|code|del|ins|small|big|font)(?:\s[^<>]*)?>)+(?=[0-9A-Za-z])/gi, () => '');
}

const CHINESE_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 兩: '2', 贰: '2', 貳: '2',
  三: '3', 叁: '3', 參: '3', 四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6',
  七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
const NUMERAL = `[0-9${Object.keys(CHINESE_DIGITS).join('')}]`;
// A run of numerals, Arabic or Chinese, optionally one space/dash/dot between them ("九五五 八八").
const NUMERAL_RUN = new RegExp(`${NUMERAL}(?:[ \\-.]?${NUMERAL})*`, 'g');
const CHINESE_NUMERAL = new RegExp(`[${Object.keys(CHINESE_DIGITS).join('')}]`, 'g');
const HAS_CHINESE_NUMERAL = new RegExp(CHINESE_NUMERAL.source);

/**
 * Step 4: numbers spelt in Chinese. Only a run of at least three numerals counts: ordinary words
 * use one or two (一两句话, 三个工作日, 第一步, 一一核对, 两三天), while a number someone wants
 * dialled has at least three (幺幺零, 九五五八八). Positional words (十, 百, 千, 万) break a run,
 * so 二十二日 and 一百元 stay as written. Each numeral is one character, so lengths do not change.
 */
function chineseNumerals(m: Mapped): Mapped {
  const text = m.text.replace(NUMERAL_RUN, (run) => {
    const numerals = run.replace(/[ \-.]/g, '');
    if (numerals.length < 3 || !HAS_CHINESE_NUMERAL.test(numerals)) return run;
    return run.replace(CHINESE_NUMERAL, (c) => CHINESE_DIGITS[c]!);
  });
  return { text, start: m.start, end: m.end };
}

// A Latin alias must stand on its own (not part of "wxyz" or of a host such as wx.qq.com).
const LATIN_BEFORE = '(?<![A-Za-z0-9_.@:#=-])';
const LATIN_AFTER = '(?![A-Za-z_./@-]|://)';

/**
 * Step 5: what scammers write instead of 微信 and QQ (homophones, abbreviations, the English name).
 * 威信 is also an ordinary word (prestige); the detector still needs an id after it to report.
 */
function canonicalApps(m: Mapped): Mapped {
  let out = replaceMapped(m, /[微薇威徽喂嶶][ \t]*(?:信|❤|♥)|(?<![A-Za-z])[Vv][ \t]*(?:信|❤|♥)|[绿綠]泡泡/g, () => '微信');
  out = replaceMapped(out, new RegExp(`${LATIN_BEFORE}(?:vx|wx|weixin|wechat|wei xin)${LATIN_AFTER}`, 'gi'), () => '微信');
  out = replaceMapped(out, /扣扣|企鹅(?=号|群)/g, () => 'QQ');
  return replaceMapped(out, new RegExp(`${LATIN_BEFORE}qq${LATIN_AFTER}`, 'gi'), () => 'QQ');
}

/**
 * Step 6: e-mail and domain spelling that avoids the real characters:
 * kefu(at)wallet(dot)cn, kefu [at] wallet [.] cn, kefu艾特wallet点cn, kefu at wallet dot cn,
 * kefu.com written with 。. Only between Latin letters or digits, so 下午3点30分 and 点击 stay.
 */
function spelledPunctuation(m: Mapped): Mapped {
  const BRACKET_AT = String.raw`\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*`;
  const BRACKET_DOT = String.raw`\s*[(\[{<]\s*(?:dot|\.|点|點)\s*[)\]}>]\s*`;
  let out = replaceMapped(m, new RegExp(`(?<=[A-Za-z0-9._%+-])(?:${BRACKET_AT}|\\s*(?:艾特|圈a)\\s*|\\s*@\\s+|\\s+@\\s*)(?=[A-Za-z0-9])`, 'gi'), () => '@');
  out = replaceMapped(out, new RegExp(`(?<=[A-Za-z0-9])${BRACKET_DOT}(?=[A-Za-z0-9])`, 'gi'), () => '.');
  // Plain words need more evidence: "at" only when a dotted host follows, "dot" between labels.
  out = replaceMapped(out, /(?<=[A-Za-z0-9._%+-])\s+at\s+(?=[A-Za-z0-9-]+(?:\s+dot\s+|\.)[A-Za-z])/gi, () => '@');
  out = replaceMapped(out, /(?<=[A-Za-z0-9])\s+dot\s+(?=[A-Za-z0-9])/gi, () => '.');
  // 点 / 。 between Latin parts; digit-点-digit is a time or a decimal (3点30分), so not that.
  return replaceMapped(out, /(?<=[A-Za-z])[ \t]*[点點。][ \t]*(?=[A-Za-z0-9])|(?<=[0-9])[ \t]*[点點。][ \t]*(?=[A-Za-z])/g, () => '.');
}

/** Normalized text plus, for every character, its offset in `text` (see NormalizedText). */
export function normalizeForDetection(text: string): NormalizedText {
  const identity: Mapped = { text, start: [], end: [] };
  for (let i = 0; i < text.length; i++) {
    identity.start.push(i);
    identity.end.push(i + 1);
  }
  const m = spelledPunctuation(canonicalApps(chineseNumerals(stripInlineMarks(foldCharacters(renderMarkup(identity))))));
  return { text: m.text, origin: m.start, originEnd: m.end };
}
