/**
 * Lighthouse (Node API) against a served dist/, default config: mobile emulation with simulated
 * throttling. Chromium is Debian's, started by chrome-launcher with the same flags the browser
 * tests use plus --headless=new. Everything it loads comes from the local static server.
 */
import { serveDist } from '../lib/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @param {string} dist
 * @param {string[]} paths
 * @returns {Promise<Array<{path: string, scores?: Record<string, number|null>, metrics?: Record<string, number>, failing?: string[], warnings?: string[], error?: string, external?: string[]}>>}
 */
export async function lighthouseBench(dist, paths) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serveDist(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  const out = [];
  try {
    for (const path of paths) {
      try {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          disableFullPageScreenshot: true,
        });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
        const metric = (id) => lhr.audits[id]?.numericValue;
        // Audits that cost points: score < 1 in a scored category.
        const failing = [];
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100) / 100})`);
          }
        }
        // Requests that left the local server (there should be none).
        const requests = lhr.audits['network-requests']?.details?.items ?? [];
        const external = requests.map((r) => r.url).filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
        out.push({
          path,
          scores,
          metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift'), SI: metric('speed-index') },
          failing,
          warnings: lhr.runWarnings ?? [],
          external,
          benchmarkIndex: lhr.environment?.benchmarkIndex,
        });
      } catch (error) {
        out.push({ path, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}
