/**
 * What the danger box adds to the search page's first load (issue 19: at most 2 KB gzip): the box's
 * HTML, its data inside the page's search-data JSON, and the recognition code (minified). It is
 * all inline or in the search page's own bundle, so a query that does not fire fetches nothing for it;
 * the bench checks that in Chromium too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';

const gz = (text) => gzipSync(Buffer.from(text)).length;

export async function dangerBench(dist, root) {
  const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  const box = /<section data-search-danger[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const data = /"danger":\{"phrases":"[^"]*","pinyin":"[^"]*"\}/.exec(html)?.[0] ?? '';
  const without = html.replace(box, '').replace(data, '"danger":{"phrases":"","pinyin":""}');
  // What the search page bundles for it: recognizeDanger and what it alone uses (normalize and the
  // rewrites are already there for ranking, so they are left out).
  const code = (await build({
    stdin: { contents: "export { recognizeDanger } from './src/lib/search/danger.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'esm', external: ['./normalize', './expand'],
  })).outputFiles[0].text;
  const htmlAdded = gz(html) - gz(without);

  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const requestsFor = async (query) => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/`);
      await page.locator('[data-search-page][data-ready]').waitFor({ state: 'attached' });
      const seen = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname));
      await page.fill('#search-page-input', query);
      await page.press('#search-page-input', 'Enter');
      await page.waitForFunction(() => /^(找到|手册里没有|先看上面)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const fired = await page.locator('[data-search-danger]').isVisible();
      await page.close();
      return { query, fired, requests: seen };
    };
    const ordinary = await requestsFor('充值不到账');
    const danger = await requestsFor('被骗了');
    return { boxBytes: gz(box), dataBytes: gz(data), codeBytes: gz(code), htmlAdded, total: htmlAdded + gz(code), ordinary, danger };
  } finally {
    await browser.close();
    await server.close();
  }
}
