/**
 * A throw-away copy of the project for a build of other content (test fixtures, generated sites):
 * the site's code without content/, node_modules linked so nothing is installed again. Each copy
 * has its own .astro cache, so copies can build in parallel without disturbing the real site.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into a fresh outDir; `content` is a content/ folder to copy in as well. */
export function copyProject(outDir: string, { content, root = PROJECT_ROOT }: { content?: string; root?: string } = {}): void {
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(outDir, name), { recursive: true });
  if (content) cpSync(content, join(outDir, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}
