/** SITE_URL mistakes stop the build with a message that names the variable and the fix. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readSiteUrl } from '../../src/build/site-url';

describe('SITE_URL', () => {
  it('defaults when unset and keeps a plain origin', () => {
    expect(readSiteUrl(undefined)).toEqual({ ok: true, site: DEFAULT_SITE_URL });
    expect(readSiteUrl('https://handbook.example.org/')).toEqual({ ok: true, site: 'https://handbook.example.org' });
  });
  it.each([
    ['empty', '', /是空的/],
    ['not a URL', 'not a url', /不是网址/],
    ['a script URL', 'javascript:alert(1)', /不是 http\(s\) 网址/],
    ['a path that canonicals would drop', 'https://example.org/handbook', /带了路径「\/handbook」/],
  ])('refuses %s, naming the variable', (_, value, message) => {
    const result = readSiteUrl(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toContain('SITE_URL');
      expect(result.error).toContain('怎么改');
    }
  });
  it('warns about http://', () => {
    const result = readSiteUrl('http://example.org');
    expect(result.ok && result.warning).toMatch(/https/);
  });
});
