/** `npm run new` in its non-interactive form writes an article that passes the checks and builds. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, type FixtureBuild } from '../helpers/fixture-site';
import { describe, expect, it } from 'vitest';
import { fixtureWith } from '../helpers/fixture';
import { checkContent } from '../../src/build/content-check/check';
import { suggestSlug } from '../../src/lib/editor/scaffold';

const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const runNew = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [tsx, 'tools/new-article.ts', '--content', contentDir, ...args], { encoding: 'utf8' });

describe('suggesting a slug', () => {
  it('turns the question into short pinyin without the wallet name or question words', () => {
    expect(suggestSlug('邮政数字钱包转账失败怎么办', ['邮政数字钱包'])).toBe('zhuan-zhang-shi-bai');
    expect(suggestSlug('如何开通e-CNY钱包？')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('npm run new (non-interactive)', () => {
  it('creates a draft that passes the content checks and builds once published', () => {
    const fx = fixtureWith({});
    const builds: FixtureBuild[] = [];
    try {
      const content = join(fx.root, 'content');
      const made = runNew(content, '--wallet', 'postal', '--topic', 'payment', '--title', '邮政数字钱包转账失败怎么办');
      expect(made.status, made.stderr).toBe(0);
      const file = join(content, 'articles', 'postal', 'zhuan-zhang-shi-bai.mdx');
      expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: 邮政数字钱包转账失败怎么办\n/);
      expect(checkContent(fx.root).issues.filter((i) => i.severity === 'error')).toEqual([]);

      writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
      const build = buildFixtureSite(content);
      builds.push(build);
      expect(build.status, build.output).toBe(0);
      expect(existsSync(join(build.dist, 'postal', 'zhuan-zhang-shi-bai', 'index.html'))).toBe(true);
    } finally {
      fx.cleanup();
      builds.forEach((b) => b.cleanup());
    }
  }, 120_000);

  it('explains a title that starts with a dash instead of printing a stack trace', () => {
    const fx = fixtureWith({});
    try {
      const made = runNew(join(fx.root, 'content'), '--wallet', 'postal', '--topic', 'payment', '--title', '- 付款失败怎么办');
      expect(made.status).not.toBe(0);
      expect(made.stderr).toMatch(/怎么改：.*--title="/);
      expect(made.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fx.cleanup();
    }
  });

  it('refuses a slug that already exists, and an unknown wallet', () => {
    const fx = fixtureWith({});
    try {
      const content = join(fx.root, 'content');
      const dup = runNew(content, '--wallet', 'postal', '--topic', 'payment', '--title', '支付失败怎么办', '--slug', 'pay-failed');
      expect(dup.status).toBe(1);
      expect(dup.stderr).toContain('pay-failed.mdx 已经存在');
      const unknown = runNew(content, '--wallet', 'posta', '--topic', 'payment', '--title', '支付失败怎么办');
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('未知的钱包「posta」');
    } finally {
      fx.cleanup();
    }
  });
});
