/**
 * The editor components: one list (src/components/mdx/rules.ts) that the checker, the components
 * and the MDX page all follow, and the <Steps> rule in both forms (source and rendered HTML).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENT_NAMES, stepsHtmlProblem, stepsSourceProblem } from '../../src/components/mdx/rules';

const DIR = join(process.cwd(), 'src', 'components', 'mdx');

describe('the list of editor components', () => {
  it('names exactly the component files in src/components/mdx', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, ''));
    expect([...EDITOR_COMPONENT_NAMES].sort()).toEqual(files.sort());
  });
  it('is what articles get without importing (src/components/mdx/index.ts)', () => {
    const index = readFileSync(join(DIR, 'index.ts'), 'utf8');
    const exported = /mdxComponents = \{([^}]*)\}/.exec(index)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    expect(exported.sort()).toEqual([...EDITOR_COMPONENT_NAMES].sort());
  });
});

describe('<Steps> accepts one ordered list only', () => {
  it('accepts rendered ordered lists, nested lists included', () => {
    expect(stepsHtmlProblem('\n<ol>\n<li>一</li>\n<li>二<ol><li>细节</li></ol></li>\n</ol>\n')).toBeUndefined();
  });
  it.each([
    ['a bullet list', '<ul><li>一</li></ul>'],
    ['a paragraph', '<p>先做这个</p>'],
    ['text after the list', '<ol><li>一</li></ol><p>说明</p>'],
    ['two lists', '<ol><li>一</li></ol><ol><li>二</li></ol>'],
  ])('rejects %s with a hint', (_, html) => {
    expect(stepsHtmlProblem(html)).toMatch(/有序列表/);
  });
  it('reads the same rule from MDX source, with the same words', () => {
    expect(stepsSourceProblem('\n1. 一\n2. 二\n   补充说明\n')).toBeUndefined();
    expect(stepsSourceProblem('\n- 一\n- 二\n')).toBe(stepsHtmlProblem('<ul><li>一</li><li>二</li></ul>'));
    expect(stepsSourceProblem('\n1. 一\n\n说明文字\n')).toMatch(/有序列表/);
  });
});
