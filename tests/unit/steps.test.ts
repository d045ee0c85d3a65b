import { describe, expect, it } from 'vitest';
import { stepsProblem } from '../../src/lib/steps';
import { isOrderedListOnly } from '../../src/lib/content/mdx-scan';

describe('<Steps> accepts one ordered list only', () => {
  it('accepts rendered ordered lists, nested lists included', () => {
    expect(stepsProblem('\n<ol>\n<li>一</li>\n<li>二<ol><li>细节</li></ol></li>\n</ol>\n')).toBeUndefined();
  });
  it.each([
    ['a bullet list', '<ul><li>一</li></ul>'],
    ['a paragraph', '<p>先做这个</p>'],
    ['text after the list', '<ol><li>一</li></ol><p>说明</p>'],
    ['two lists', '<ol><li>一</li></ol><ol><li>二</li></ol>'],
  ])('rejects %s with a hint', (_, html) => {
    expect(stepsProblem(html)).toMatch(/有序列表/);
  });
  it('reads the same rule from MDX source', () => {
    expect(isOrderedListOnly('\n1. 一\n2. 二\n   补充说明\n')).toBe(true);
    expect(isOrderedListOnly('\n- 一\n- 二\n')).toBe(false);
    expect(isOrderedListOnly('\n1. 一\n\n说明文字\n')).toBe(false);
  });
});
