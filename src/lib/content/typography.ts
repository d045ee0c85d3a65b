/**
 * House typography for Chinese text: full-width punctuation inside Chinese sentences, no manual
 * spaces between Chinese and Latin letters or digits (官方App, 第3步), and one quote style, 「」
 * (『』 inside), never “…” or "…".
 *
 * Why not zhlint: its defaults are the opposite house style (it inserts spaces between Chinese and
 * English and wants half-width brackets around Latin words), configured to our style it still
 * flagged correct text such as 「官方App（或官网）」, and it adds ~220 packages. These few rules
 * are exactly ours and report file:line.
 */

export interface TypographyProblem {
  index: number;
  message: string;
  fix: string;
}

const CJK = '\\u4e00-\\u9fff\\u3400-\\u4dbf';
const HALF_TO_FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

const RULES: Array<{ re: RegExp; message: (m: string) => string; fix: (m: string) => string }> = [
  {
    // A half-width mark touching a Chinese character on either side (1,000 and 1.5 stay valid).
    re: new RegExp(`(?<=[${CJK}])[,.:;?!()]|[,.:;?!()](?=[${CJK}])`, 'g'),
    message: (m) => `中文句子里用了半角标点「${m}」。`,
    fix: (m) => `改成全角「${HALF_TO_FULL[m] ?? m}」。`,
  },
  {
    re: new RegExp(`(?<=[${CJK}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) +(?=[${CJK}])`, 'g'),
    message: () => '中文和英文或数字之间多了空格。',
    fix: () => '删掉空格，例如写成「官方App」「第3步」。',
  },
  {
    // One quote style for the whole site: 「」, and 『』 for a quote inside a quote. Curly “…” anywhere,
    // and straight "…" or curly ‘…’ around Chinese text (code, tags and link targets are masked first).
    re: new RegExp(`“[^”\\n]*”|[“”]|"[^"\\n]*[${CJK}][^"\\n]*"|‘[^’\\n]*[${CJK}][^’\\n]*’`, 'g'),
    message: (m) => `引号用了「${m.length > 2 ? `${m[0]}…${m[m.length - 1]}` : m}」：本站的引号统一用「」。`,
    fix: (m) => (m.length > 2 ? `改成「${m.slice(1, -1)}」（引号里面再引用时用『』）。` : '改成「」（引号里面再引用时用『』）。'),
  },
];

/** Markup that is not prose: code, component tags, link targets, HTML comments. Blanked, not removed, so offsets stay true. */
function maskMarkup(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/^(\s*)(\d+)\.(?=\s)/gm, (m) => blank(m)) // "1. " list markers
    .replace(/^\s*[-*]\s/gm, blank)
    .replace(/^#+\s/gm, blank);
}

export function typographyProblems(text: string): TypographyProblem[] {
  const masked = maskMarkup(text);
  const found: TypographyProblem[] = [];
  for (const rule of RULES) {
    for (const m of masked.matchAll(rule.re)) found.push({ index: m.index, message: rule.message(m[0]), fix: rule.fix(m[0]) });
  }
  // Inline components render as words: a space around them shows as a gap in the sentence (「拨打 96110 咨询」).
  const withTags = text.replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
  for (const m of withTags.matchAll(INLINE_COMPONENT_SPACE)) {
    found.push({ index: m.index, message: '中文和行内组件（<ArticleLink>、<Contact>）之间多了空格，页面上会显示成空隙。', fix: '删掉空格，例如写成「拨打<Contact id=\"police\" />报警」。' });
  }
  return found.sort((a, b) => a.index - b.index);
}

const INLINE_COMPONENT_SPACE = new RegExp(
  `(?<=[${CJK}，。、；：（「]) +(?=<(?:ArticleLink|Contact)\\b)|(?<=<(?:ArticleLink|Contact)\\b[^>]*\\/>) +(?=[${CJK}，。、；：）」])`,
  'g',
);
