/**
 * Search cost in headless Chromium against a served dist/.
 *
 * Loads /search/ with no query and waits for the network to go idle. Then, inside the page, for
 * each query: set #search-page-input, start a timer (performance.now()), call form.requestSubmit()
 * (the submit handler runs the search at once; typing would add the page's 200 ms debounce) and stop
 * the timer in a MutationObserver callback on the first status text that starts with 找到 or
 * 手册里没有 (the status is set right after the results list is rendered; paint is not included).
 *
 * Bytes: counted at the static server (response body bytes, the server sends files uncompressed)
 * for every request after the page load, so Pagefind's worker or wasm fetches cannot be missed.
 * "gzip" is what a host that compresses text would send: JS/JSON/CSS/HTML gzipped, Pagefind's own
 * index files (.pf_*, wasm) counted as they are because Pagefind already compresses them.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist } from '../lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';

export const FIRST_QUERY = '忘记支付密码';
export const REPEAT_QUERIES = ['密码', '充值', '支付失败', '客服', '实名认证', '还款', '注销', '发票', '转账', '安全', '到账'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

function bytesOf(dist, entries) {
  let raw = 0; let gzip = 0;
  const files = [];
  for (const e of entries) {
    raw += e.bytes;
    const compressible = /\.(m?js|json|css|html?)$/.test(e.path) || e.path.endsWith('/');
    let g = e.bytes;
    if (compressible && e.status === 200) {
      try { g = gzipSync(readFileSync(join(dist, e.path.endsWith('/') ? `${e.path}index.html` : e.path))).length; } catch { /* keep raw */ }
    }
    gzip += g;
    files.push({ path: e.path, bytes: e.bytes, gzip: g });
  }
  return { raw, gzip, files };
}

async function timedSearch(page, query) {
  return page.evaluate((q) => new Promise((resolve, reject) => {
    const form = document.querySelector('[data-search-page] form');
    const input = document.querySelector('#search-page-input');
    const status = document.querySelector('[data-search-status]');
    const results = document.querySelector('[data-search-results]');
    let t0 = 0;
    const done = () => {
      const text = status.textContent ?? '';
      if (!/^(找到|手册里没有)/.test(text)) return false;
      const ms = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timeout);
      resolve({ ms, status: text, results: results.querySelectorAll('a[data-result]').length });
      return true;
    };
    const observer = new MutationObserver(() => { done(); });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    const timeout = setTimeout(() => { observer.disconnect(); reject(new Error(`search「${q}」timed out; status: ${status.textContent}`)); }, 30_000);
    input.value = q;
    t0 = performance.now();
    form.requestSubmit();
  }), query);
}

/**
 * @param {string} dist
 * @returns {Promise<{first: {query, ms, status, results, bytes}, repeats: Array<{query, ms, status, results}>, repeatBytes, medianMs, pageLoadBytes}>}
 */
export async function searchBench(dist) {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-search-page][data-ready]', { state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(300);
    const pageLoad = bytesOf(dist, server.log.splice(0));

    const first = await timedSearch(page, FIRST_QUERY);
    await page.waitForLoadState('networkidle');
    const firstBytes = bytesOf(dist, server.log.splice(0));

    // The same query again (the reader submits twice, or comes back to it): index chunks are cached.
    const same = [];
    for (let i = 0; i < 5; i++) same.push((await timedSearch(page, FIRST_QUERY)).ms);

    // New queries on a warm page: Pagefind is loaded, but each new word may fetch its index chunk.
    const repeats = [];
    for (const q of REPEAT_QUERIES) {
      repeats.push({ query: q, ...(await timedSearch(page, q)) });
    }
    await page.waitForLoadState('networkidle');
    const repeatBytes = bytesOf(dist, server.log.splice(0));
    if (errors.length) throw new Error(`page errors on /search/: ${errors.join('; ')}`);
    return {
      first: { query: FIRST_QUERY, ...first, bytes: firstBytes },
      repeats,
      repeatBytes,
      medianMs: median(repeats.map((r) => r.ms)),
      sameQueryMedianMs: median(same),
      maxMs: Math.max(...repeats.map((r) => r.ms)),
      pageLoadBytes: pageLoad,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
