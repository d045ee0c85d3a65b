/**
 * npm run shots — screenshots for a design review: every page type on a phone (390×844) and a
 * desktop (1280×800), light and dark, whole pages, in shots/ (git-ignored; emptied first).
 * Builds first (skip with --no-build). Serves dist/ the way a host does (tools/lib/serve.ts) and
 * uses Debian's Chromium (tools/lib/browser.ts); needs the CJK font, as the browser tests do.
 *
 *   npm run shots                    # build, then 9 pages × 2 devices × 2 colour schemes = 36 PNGs
 *   npm run shots -- --no-build      # the current dist/
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';
import { articleUrl, ROUTES, troubleshooterNodeUrl, troubleshooterUrl, walletUrl } from '../src/lib/routes.ts';

const OUT = join(process.cwd(), 'shots');

/** [file name, path, selector that is there once the page is ready (scripts done), expected status] */
const PAGES = [
  ['home', ROUTES.home],
  ['wallet-hub', walletUrl('postal')],
  ['article', articleUrl('pboc/top-up-withdraw')],
  ['troubleshooter-start', troubleshooterUrl('scam-check'), '[data-troubleshooter][data-interactive]'],
  // A fraud alert: the outcome with the most on it (110 and 96110 first).
  ['troubleshooter-outcome', troubleshooterNodeUrl('scam-check', 'already-lost')],
  ['search', `${ROUTES.search}?q=${encodeURIComponent('密码')}`, 'a[data-result]'],
  ['contact', ROUTES.contact],
  ['check', ROUTES.check, '[data-number-check-form][data-ready]'],
  ['404', '/no-such-page/', null, 404],
];

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const problems = [];
try {
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ ...options, colorScheme, reducedMotion: 'reduce' });
      for (const [name, path, ready, status = 200] of PAGES) {
        const page = await context.newPage();
        const response = await page.goto(`${server.url}${path}`);
        if (response?.status() !== status) problems.push(`${path}：状态 ${response?.status()}，应为 ${status}`);
        if (ready) await page.locator(ready).first().waitFor({ timeout: 10_000 }).catch(() => problems.push(`${path}：等不到 ${ready}`));
        await page.evaluate(() => document.fonts.ready);
        const file = join(OUT, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`截图：${PAGES.length * 4} 张，在 ${OUT}/`);
if (problems.length) {
  console.error(`有问题的页面：\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
