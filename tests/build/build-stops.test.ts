/**
 * A real `astro build` over broken content stops before rendering, exits non-zero and prints the
 * editor-facing report (file, line, field, fix) instead of a stack trace.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWith, replace } from '../helpers/fixture';
import { buildFixtureSite } from '../helpers/fixture-site';

describe('astro build with a broken article', () => {
  it('stops with the file, line, field and what to do', () => {
    const fx = fixtureWith({ 'content/articles/postal/pay-failed.mdx': replace('wallet: postal', 'wallet: posta') });
    const build = buildFixtureSite(join(fx.root, 'content'));
    try {
      expect(build.status, build.output).toBe(1);
      expect(build.output).toContain('content/articles/postal/pay-failed.mdx:4  字段 wallet');
      expect(build.output).toContain('未知的钱包「posta」');
      expect(build.output).toContain('怎么改：');
      expect(build.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    } finally {
      fx.cleanup();
      build.cleanup();
    }
  }, 120_000);
});
