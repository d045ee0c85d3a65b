/** The template of `npm run new` keeps any title intact, whatever YAML would make of it unquoted. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleTemplate } from '../../src/lib/editor/scaffold';
import { splitFrontmatter } from '../../src/lib/content/yaml-source';

describe('the article template', () => {
  it.each(['钱包: 付款失败怎么办', '#付款失败怎么办呢', '付款失败怎么办 # 备注', '- 付款失败怎么办', '"引号"里的付款失败', '付款失败怎么办'])('keeps the title 「%s」 as written', (title) => {
    const { frontmatter } = splitFrontmatter(articleTemplate({ wallet: 'postal', topic: 'payment', title, reviewed: '2026-11-26' }));
    const data = parse(frontmatter!) as { title: string; aliases: string[] };
    expect(data.title).toBe(title);
    expect(data.aliases).toHaveLength(3);
  });
});
