/** The handbook's own content passes every check (the build would stop otherwise). */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/check';
import { formatIssues } from '../../src/build/content-check/issues';
import { realContent } from '../helpers/real-content';

describe('content/', () => {
  it('has no errors', () => {
    const errors = checkContent(process.cwd()).issues.filter((i) => i.severity === 'error');
    expect(errors, formatIssues(errors)).toEqual([]);
  });
  it('uses one word per concept (content/terms.yaml)', () => {
    const variants = checkContent(process.cwd()).issues.filter((i) => /本站统一写/.test(i.message));
    expect(variants, formatIssues(variants)).toEqual([]);
  });
  it('takes every contact from an https official source', () => {
    // Read the file as written: an entry whose source fails the schema must fail here, not vanish.
    const entries = realContent().dataFiles.contacts.yaml!.data as Array<{ id: string; source?: unknown }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const c of entries) expect(String(c.source), c.id).toMatch(/^https:\/\//);
  });
});
