/**
 * A tree as an indented text outline, so an editor sees the whole flow at once. A node reached a
 * second time is shown as a reference instead of being expanded again.
 */
import type { Troubleshooter } from '../content/schemas';
import { optionIdOf, outcomeArticleIds } from './graph';

const OUTCOME_LABEL = { fix: '解决', 'contact-official': '找官方', 'fraud-alert': '防骗警报' } as const;

export function outline(tree: Troubleshooter): string {
  const lines: string[] = [`${tree.title}（${tree.id}）`];
  const expanded = new Set<string>();
  const walk = (nodeId: string, indent: string) => {
    const node = tree.nodes[nodeId];
    if (!node) return;
    const label = node.outcome ? `■ ${OUTCOME_LABEL[node.outcome]}：${node.title ?? ''}` : `? ${node.question ?? ''}`;
    if (expanded.has(nodeId)) {
      lines.push(`${indent}↪ 同上：${label} [${nodeId}]`);
      return;
    }
    expanded.add(nodeId);
    lines.push(`${indent}${label} [${nodeId}]${outcomeArticleIds(node).length ? ` → 文章 ${outcomeArticleIds(node).join('、')}` : ''}`);
    const options = node.options ?? [];
    options.forEach((option, i) => {
      const last = i === options.length - 1;
      lines.push(`${indent}${last ? '└' : '├'}─ 「${option.label}」${option.id ? ` (${optionIdOf(option)})` : ''}`);
      walk(option.next, `${indent}${last ? '   ' : '│  '}`);
    });
  };
  walk(tree.start, '');
  return lines.join('\n');
}
