/**
 * Builds a fixture site for real: a temporary copy of the project (node_modules linked) whose
 * content/ is the fixture's. Each build gets its own .astro cache, so tests can build in parallel
 * without disturbing each other or the real site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { copyProject } from '../../tools/lib/project-copy';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureBuild {
  status: number | null;
  output: string;
  /** The built site (exists when status is 0). */
  dist: string;
  cleanup(): void;
}

const project = process.cwd();
export const ASTRO_BIN = join(project, 'node_modules/astro/bin/astro.mjs');

/** A temporary copy of the project with the given content/ (node_modules linked). */
export function fixtureProject(contentDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-site-'));
  copyProject(root, { content: contentDir, root: project });
  return root;
}

export function buildFixtureSite(contentDir: string): FixtureBuild {
  const root = fixtureProject(contentDir);
  const run = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    dist: join(root, 'dist'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
