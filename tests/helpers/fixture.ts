/**
 * A copy of tests/fixtures/valid in a temp folder, with edits applied. Each checker test breaks
 * exactly one thing, so the test shows which message that one mistake produces.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** path (relative to the fixture root) → new text, a function of the old text, or null to delete. */
export type Edits = Record<string, string | ((old: string) => string) | null>;

export function fixtureWith(edits: Edits): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'handbook-fixture-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const abs = join(root, path);
    if (edit === null) rmSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      const next = typeof edit === 'function' ? edit(readFileSync(abs, 'utf8')) : edit;
      writeFileSync(abs, next);
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces `from` with `to` and fails loudly if `from` is not there (a silently unchanged fixture proves nothing). */
export const replace = (from: string | RegExp, to: string) => (old: string) => {
  const next = old.replace(from, to);
  if (next === old) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return next;
};
