/**
 * The editor components in one place: their names, the attributes each takes, and the checks
 * both the content checker (with file and line, before the build) and the components themselves
 * (the last guard while rendering) run — with the same words, so an editor meets one message.
 * Pure TypeScript: the checker runs it in Node without Astro.
 */

export const CALLOUT_TYPES = ['tip', 'warning', 'danger', 'fraud'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface EditorComponent {
  name: string;
  /** Every attribute the component takes, written as a literal name="value". */
  attributes: readonly string[];
  required: readonly string[];
  /** How to write it, for error messages. */
  usage: string;
}

/** Components editors may use in MDX without importing them (src/components/mdx/index.ts passes them to <Content />). */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = [
  { name: 'Steps', attributes: [], required: [], usage: '<Steps> + 空一行 + 「1. …」有序列表 + 空一行 + </Steps>' },
  { name: 'Callout', attributes: ['type', 'title'], required: ['type'], usage: `<Callout type="${CALLOUT_TYPES.join('|')}" title="可选">…</Callout>` },
  { name: 'ContactCard', attributes: ['id'], required: ['id'], usage: '<ContactCard id="登记表里的 id" />' },
  { name: 'Contact', attributes: ['id'], required: ['id'], usage: '<Contact id="登记表里的 id" />' },
  { name: 'ArticleLink', attributes: ['to'], required: ['to'], usage: '<ArticleLink to="钱包/文件名" />' },
  { name: 'Troubleshooter', attributes: ['id'], required: ['id'], usage: '<Troubleshooter id="排查向导的文件名" />' },
];

export const EDITOR_COMPONENT_NAMES: readonly string[] = EDITOR_COMPONENTS.map((c) => c.name);

export function calloutTypeProblem(type: string | undefined): string | undefined {
  if (type !== undefined && (CALLOUT_TYPES as readonly string[]).includes(type)) return undefined;
  return `<Callout type="${type ?? ''}"> 的类型不对：type 只能是 ${CALLOUT_TYPES.join('、')} 之一。`;
}

export const STEPS_PROBLEM = '<Steps> 里面只能放一个有序列表：<Steps> 后空一行，每一步写成「1. …」，说明文字放到 <Steps> 外面。';

/** The source between <Steps> and </Steps> holds one Markdown ordered list and nothing else. */
export function stepsSourceProblem(inner: string | undefined): string | undefined {
  const lines = (inner ?? '').split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || !/^\d+\.\s/.test(lines[0]!.trim())) return STEPS_PROBLEM;
  // Every other line is a further item or an indented continuation of one.
  return lines.every((l) => /^\d+\.\s/.test(l.trim()) || /^\s{2,}\S/.test(l)) ? undefined : STEPS_PROBLEM;
}

/** The rendered HTML of <Steps> is one ordered list (the component's own guard). */
export function stepsHtmlProblem(html: string): string | undefined {
  const trimmed = html.trim();
  if (!trimmed.startsWith('<ol') || !trimmed.endsWith('</ol>') || topLevelLists(trimmed) !== 1) return STEPS_PROBLEM;
  return undefined;
}

function topLevelLists(html: string): number {
  let depth = 0;
  let count = 0;
  for (const m of html.matchAll(/<(\/?)ol\b/g)) {
    if (m[1]) depth--;
    else if (depth++ === 0) count++;
  }
  return count;
}

export function unknownArticleMessage(to: string | undefined): string {
  return `<ArticleLink to="${to ?? ''}"> 指向不存在（或未发布）的文章：to 写成 钱包/文件名，例如 postal/top-up。`;
}

export function unknownContactMessage(id: string | undefined, known: readonly string[]): string {
  return `联系方式「${id ?? ''}」不在登记表 content/contacts.yaml 里。可用的 id：${known.join('、')}。新的联系方式要先带官方来源登记。`;
}

export function unknownTroubleshooterMessage(id: string | undefined, known: readonly string[]): string {
  return `排查向导「${id ?? ''}」不存在。id 写 content/troubleshooters/ 里的文件名（不带 .yaml）：${known.join('、') || '（还没有）'}。`;
}
