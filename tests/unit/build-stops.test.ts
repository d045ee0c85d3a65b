/**
 * A real `astro build` over broken content stops before rendering, exits non-zero and prints the
 * editor-facing report (file, line, field, fix) instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWith, replace } from '../helpers/fixture';
import { CONTENT_DIR_ENV } from '../../src/integrations/content-checks';

describe('astro build with a broken article', () => {
  it('stops with the file, line, field and what to do', () => {
    const fx = fixtureWith({ 'content/articles/postal/pay-failed.mdx': replace('wallet: postal', 'wallet: posta') });
    const outDir = mkdtempSync(join(tmpdir(), 'handbook-out-'));
    try {
      const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
        env: { ...process.env, [CONTENT_DIR_ENV]: join(fx.root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).toBe(1);
      expect(output).toMatch(/content\/articles\/postal\/pay-failed\.mdx:4 {2}字段 wallet/);
      expect(output).toContain('未知的钱包「posta」');
      expect(output).toContain('怎么改：');
      expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    } finally {
      fx.cleanup();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
