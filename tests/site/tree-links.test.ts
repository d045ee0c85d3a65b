/**
 * A reader can reach every troubleshooter from where they already are: the troubleshooter index,
 * the hub of each wallet the tree covers, the hub of its topic, and inside the article that
 * answers the same question (embedded, so the reader need not leave the page).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realContent } from '../helpers/real-content';
import { topicUrl, troubleshooterUrl, walletUrl } from '../../src/lib/routes';

const pages = new Map(builtPages().map((p) => [p.path, p]));
const model = realContent();
const trees = model.troubleshooters.map((t) => t.tree);

const linksTo = (path: string, href: string) =>
  pages.get(path)!.doc.querySelectorAll('a[href]').some((a) => a.getAttribute('href') === href);

describe('troubleshooters', () => {
  it('cover the situations readers get stuck in (at least eight plus the scam check)', () => {
    expect(trees.length).toBeGreaterThanOrEqual(9);
    expect(trees.some((t) => Object.values(t.nodes).some((n) => 'outcome' in n && n.outcome === 'fraud-alert'))).toBe(true);
  });

  describe.each(trees.map((t) => [t.id, t] as const))('%s', (id, tree) => {
    it('is listed on /troubleshoot/', () => {
      expect(linksTo('/troubleshoot/', troubleshooterUrl(id))).toBe(true);
    });

    it('is linked from the hub of every wallet it covers and from its topic hub', () => {
      for (const wallet of tree.wallets) expect(linksTo(walletUrl(wallet), troubleshooterUrl(id)), `${walletUrl(wallet)} → ${id}`).toBe(true);
      expect(linksTo(topicUrl(tree.topic), troubleshooterUrl(id)), `${topicUrl(tree.topic)} → ${id}`).toBe(true);
    });

    it('is embedded in an article that answers the same question', () => {
      const hosts = [...pages.values()].filter((p) => p.doc.querySelector(`[data-embedded-tree="${id}"]`));
      expect(hosts.map((p) => p.path), `no article embeds <Troubleshooter id="${id}" />`).not.toEqual([]);
      // The embed is the real widget: its first question is in the page before any script runs.
      const start = tree.nodes[tree.start]!;
      if ('question' in start) expect(hosts[0]!.doc.querySelector(`[data-embedded-tree="${id}"]`)!.text).toContain(start.question);
    });
  });
});
