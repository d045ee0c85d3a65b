/**
 * Every path of every troubleshooter, walked in Chromium with and without JavaScript: the answers
 * a page shows, prints and copies are exactly the ones the reader gave (or, on a static page that
 * several routes lead to, none at all) — never a fixed list the reader may not have chosen, which
 * they would then hand to an official agent. An outcome page's h1 is the outcome.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { troubleshooterUrl } from '../../src/lib/routes';
import { optionIdOf } from '../../src/lib/troubleshooter/graph';
import type { Troubleshooter } from '../../src/lib/content/schemas';

const site = builtSiteInChromium();
const trees = realContent().troubleshooters.map((t) => t.tree);

interface Answer { optionId: string; question: string; label: string }

/** Every path from the start to an outcome, as the answers along it. */
function allPaths(tree: Troubleshooter): Answer[][] {
  const out: Answer[][] = [];
  const walk = (nodeId: string, so: Answer[]) => {
    const node = tree.nodes[nodeId]!;
    if (node.outcome) return void out.push(so);
    for (const option of node.options ?? []) walk(option.next, [...so, { optionId: optionIdOf(option), question: node.question ?? '', label: option.label }]);
  };
  walk(tree.start, []);
  return out;
}

/** What the page says the reader answered: the 「你的回答」 list and the lines of the copyable record. */
async function shownAnswers(page: Page): Promise<{ listed: string[]; recorded: string[] }> {
  const listed = await page.$$eval('[data-troubleshooter] [data-step] span', (spans) => spans.map((s) => (s.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const record = (await page.locator('[data-report]').count()) ? await page.locator('[data-report]').inputValue() : '';
  return { listed, recorded: record.split('\n').filter((l) => /^\d+\. /.test(l)) };
}

function expectOnlyGiven(shown: { listed: string[]; recorded: string[] }, given: Answer[], where: string) {
  const listed = given.map((a, i) => `${i + 1}. ${a.question} ${a.label}`.replace(/\s+/g, ' '));
  const recorded = given.map((a, i) => `${i + 1}. ${a.question} —— ${a.label}`);
  // Either the answers as given, or nothing (a static page that cannot know them).
  if (shown.listed.length) expect(shown.listed, `${where}: 你的回答`).toEqual(listed);
  if (shown.recorded.length) expect(shown.recorded, `${where}: 排查记录`).toEqual(recorded);
}

describe.each(trees.map((t) => [t.id, t] as const))('troubleshooter %s', (_, tree) => {
  const paths = allPaths(tree);

  it.each([false, true])('shows only answers the reader gave, on every path (JavaScript: %s)', async (javaScriptEnabled) => {
    const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      for (const path of paths) {
        await page.goto(`${site.url}${troubleshooterUrl(tree.id)}`);
        if (javaScriptEnabled) await page.locator('[data-troubleshooter][data-interactive]').waitFor();
        for (let i = 0; i < path.length; i++) {
          await page.click(`[data-troubleshooter] a[data-option="${path[i]!.optionId}"]`);
          if (javaScriptEnabled) await page.locator(`[data-troubleshooter] [data-step="${i}"]`).waitFor();
          else await page.waitForLoadState('domcontentloaded');
          expectOnlyGiven(await shownAnswers(page), path.slice(0, i + 1), `${path.map((a) => a.optionId).join('>')} step ${i + 1}`);
        }
        const outcome = tree.nodes[Object.keys(tree.nodes).find((id) => tree.nodes[id]!.title && page.url().includes(`/${id}/`)) ?? ''];
        if (!javaScriptEnabled && outcome) expect(await page.locator('h1').textContent()).toBe(outcome.title);
        if (javaScriptEnabled && path === paths[paths.length - 1]) {
          // Reload lands on the same step with the same answers (once per tree: a reload costs more than a walk).
          await page.reload();
          await page.locator('[data-troubleshooter][data-interactive]').waitFor();
          expectOnlyGiven(await shownAnswers(page), path, `${path.map((a) => a.optionId).join('>')} after reload`);
          expect((await shownAnswers(page)).listed.length).toBe(path.length);
        }
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
