/**
 * <Steps> renders numbered instructions. Editors sometimes wrap paragraphs or a bullet list in it;
 * that would render as unnumbered text, so the component refuses anything but one ordered list.
 */
export function stepsProblem(html: string): string | undefined {
  const trimmed = html.trim();
  if (!trimmed.startsWith('<ol') || !trimmed.endsWith('</ol>') || topLevelLists(trimmed) !== 1) {
    return '<Steps> 里面只能放一个有序列表：<Steps> 后空一行，每一步写成「1. …」，说明文字放到 <Steps> 外面。';
  }
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
