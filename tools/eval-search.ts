/**
 * npm run eval:search — builds the site (skip with --no-build), then runs every query of
 * tests/search/queries.yaml (then the independent set queries-fresh.yaml and the first set
 * queries-v1.yaml) through the real
 * /search/ page in Chromium and prints the scores per kind and each miss.
 */
import { spawnSync } from 'node:child_process';
import { launchBrowser } from './lib/browser';
import { serveDist } from './lib/serve';
import { evaluate, formatReport, loadQueries, QUERIES_FRESH_FILE, QUERIES_V1_FILE } from './lib/search-eval';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveDist();
const browser = await launchBrowser();
try {
  console.log('评测集 tests/search/queries.yaml（没有按它调过）');
  console.log(formatReport(await evaluate(browser, server.url, loadQueries())));
  console.log('\n独立评测集 tests/search/queries-fresh.yaml（写的人没看过别名和同义词；只量，不调）');
  console.log(formatReport(await evaluate(browser, server.url, loadQueries(QUERIES_FRESH_FILE))));
  console.log('\n第一版评测集 tests/search/queries-v1.yaml');
  console.log(formatReport(await evaluate(browser, server.url, loadQueries(QUERIES_V1_FILE))));
} finally {
  await browser.close();
  await server.close();
}
