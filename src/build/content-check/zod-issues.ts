/** Turns Zod validation issues into editor-facing issues: Chinese message, field path, line, fix. */
import type { z } from 'astro/zod';
import { error, type ContentIssue } from './issues';
import type { PathSegment } from '../../lib/content/yaml-source';

/** What to do, per field name, when the field is wrong. Falls back to a generic hint. */
const FIELD_FIXES: Record<string, string> = {
  title: '写成读者会问的问题，4–40 字，例如「忘记支付密码怎么办」。',
  description: '用一两句话说清这一页能解决什么，50–120 字；它会出现在搜索结果里。',
  wallet: '填 content/wallets.yaml 里某个钱包的 id（那个钱包的「id:」一行），也就是文章所在文件夹的名字。',
  topic: '填 content/topics.yaml 里的主题 id。',
  aliases: '列出至少 3 种读者的问法，每行一个，例如「- 密码忘了咋办」。',
  reviewed: '写上最近一次核对事实的日期，例如 reviewed: 2026-11-22。',
  related: '写成 钱包/文件名 的列表，例如 - postal/top-up。',
  draft: '写 true 或 false。',
  fraudWarning: '写 true 或 false。',
  source: '填写能查到这个联系方式的官方网页（https://…）。没有官方来源的联系方式不能收录。',
  verified: '写上最近一次对照官方来源核对的日期，例如 2026-11-22。',
  kind: '只能是 hotline、in-app、website、branch 之一。',
  outcome: '只能是 fix（能自己解决）、contact-official（找官方）或 fraud-alert（疑似诈骗）。',
  options: '问题节点写至少两个选项：- { label: 不够, next: top-up }。',
  next: '填同一个文件里 nodes 下已有的节点 id。',
};

export function formatPath(path: PathSegment[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path as PathSegment[];
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) return '缺少这个必填字段。';
  if (issue.code === 'unrecognized_keys') return `不认识的字段：${issue.keys.join('、')}。`;
  if (issue.code === 'invalid_value') return `值不对，只能是：${issue.values.map(String).join('、')}。`;
  if (issue.code === 'invalid_type') return `类型不对：这里需要${({ string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '一组字段' } as Record<string, string>)[issue.expected] ?? issue.expected}。`;
  // Custom messages from the schema are already in Chinese; Zod's defaults are not.
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return `太短或太少（至少 ${String(issue.minimum)}）。`;
  if (issue.code === 'too_big') return `太长或太多（最多 ${String(issue.maximum)}）。`;
  return issue.message;
}

export function zodIssues(
  file: string,
  result: z.ZodSafeParseResult<unknown>,
  data: unknown,
  lineOf: (path: PathSegment[]) => number | undefined,
  /** Where the validated value sits in the file (e.g. [3] for the fourth entry of a list)… */
  linePrefix: PathSegment[] = [],
  /** …and how to name it to the editor (e.g. the entry's id). */
  fieldLabel?: string,
): ContentIssue[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    let path = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys' && issue.keys[0]) path = [...path, issue.keys[0]];
    const leaf = [...path].reverse().find((s) => typeof s === 'string') ?? '';
    const fix =
      issue.code === 'unrecognized_keys'
        ? '检查拼写，或删掉这个字段；可用的字段见 README「内容模型」。'
        : FIELD_FIXES[String(leaf)] ?? '按 README「内容模型」一节的说明改正这个字段。';
    const field = [fieldLabel, formatPath(path)].filter(Boolean).join('.') || '(整个文件)';
    return error(file, field, describe(issue, data), fix, lineOf([...linePrefix, ...path]));
  });
}
