/** The handbook's own content passes every check (the build would stop otherwise). */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatIssues } from '../../src/lib/content/issues';

describe('content/', () => {
  const { issues, model } = checkContent(process.cwd());
  it('has no errors', () => {
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors, formatIssues(errors)).toEqual([]);
  });
  it('has at least one article for every wallet', () => {
    for (const wallet of model.wallets) {
      expect(model.articles.some((a) => a.data.wallet === wallet.id), wallet.id).toBe(true);
    }
  });
  it('takes every contact from an https official source', () => {
    for (const c of model.contacts) expect(c.source).toMatch(/^https:\/\//);
  });
});
