/** What every reader gets from the built HTML, before any script runs. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { articleUrl } from '../../src/lib/routes';
import { needsFraudWarning } from '../../src/lib/fraud-warning';

const pages = builtPages();
const model = realContent();
const published = model.articles.filter((a) => !a.data.draft);

describe('every built page', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s says it is independent, is zh-CN and has one h1', (_, page) => {
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.doc.querySelector('[data-independence-notice]')?.text).toMatch(/不是任何钱包.*官方客服/);
    expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
  });
});

describe('article pages', () => {
  it('exist for every published article', () => {
    const paths = new Set(pages.map((p) => p.path));
    for (const a of published) expect(paths.has(articleUrl(a.id)), a.id).toBe(true);
  });

  it('ship no framework JavaScript unless they hold an island, and at most 1 KB of script', () => {
    for (const a of published) {
      const page = pages.find((p) => p.path === articleUrl(a.id))!;
      if (page.doc.querySelector('astro-island')) continue;
      const executable = page.doc.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
      const bytes = executable.reduce((sum, s) => {
        const src = s.getAttribute('src');
        const body = src ? readFileSync(join(DIST, src)) : Buffer.from(s.textContent);
        expect(body.toString(), `${a.id} loads framework code`).not.toMatch(/preact|astro-island/i);
        return sum + gzipSync(body).length;
      }, 0);
      expect(bytes, a.id).toBeLessThanOrEqual(1024);
    }
  });

  it('show the fake-customer-service warning where the topic or the article asks for it', () => {
    const topicById = new Map(model.topics.map((t) => [t.id, t]));
    for (const a of published) {
      const page = pages.find((p) => p.path === articleUrl(a.id))!;
      const required = needsFraudWarning(a.data, topicById.get(a.data.topic));
      const warning = page.doc.querySelector('[data-fraud-warning]');
      if (required) {
        expect(warning, `${a.id} lacks the fraud warning`).not.toBeNull();
        expect(warning!.text).toMatch(/验证码/);
        expect(warning!.text).toMatch(/安全账户/);
      }
    }
  });

  it('lead with the answer: the first thing in the body is a paragraph', () => {
    for (const a of published) {
      const page = pages.find((p) => p.path === articleUrl(a.id))!;
      const first = page.doc.querySelector('.article-body')?.childNodes.find((n) => n.nodeType === 1);
      expect((first as { tagName?: string } | undefined)?.tagName, a.id).toBe('P');
    }
  });
});

describe('the contact page', () => {
  it('lists every registry entry with its official source', () => {
    const page = pages.find((p) => p.path === '/contact/')!;
    for (const c of model.contacts) {
      const card = page.doc.querySelector(`[data-contact="${c.id}"]`);
      expect(card, c.id).not.toBeNull();
      expect(card!.text).toContain(c.value);
      expect(card!.querySelector(`a[href="${c.source}"]`), `${c.id} source`).not.toBeNull();
    }
  });
});

describe('the search page', () => {
  it('keeps the scam rules in the order editors wrote them (the more specific rule\'s page goes first)', () => {
    const page = pages.find((p) => p.path === '/search/')!;
    const data = JSON.parse(page.doc.querySelector('#search-data')!.text) as { intents: Array<{ id: string }> };
    expect(data.intents.map((i) => i.id)).toEqual(model.searchIntents.map((i) => i.id));
  });
});
