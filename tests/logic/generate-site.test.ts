/**
 * The benchmark's generated sites must be sites an editor could have written: if the content rules
 * tighten and the generator does not follow, `npm run bench` would stop at its first build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../tools/generate-site.mjs';
import { checkContent } from '../../src/build/content-check/check';
import { formatIssues } from '../../src/build/content-check/issues';

const dir = mkdtempSync(join(tmpdir(), 'generated-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark site generator', () => {
  it('writes articles that pass every content check', () => {
    generateSite(400, dir);
    const { issues, model } = checkContent(dir);
    expect(model.articles).toHaveLength(400);
    expect(issues.filter((i) => i.severity === 'error'), formatIssues(issues)).toEqual([]);
  });
});
