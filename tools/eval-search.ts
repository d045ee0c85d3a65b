/**
 * npm run eval:search — builds the site (skip with --no-build), then runs every query of
 * tests/search/queries.yaml through the real /search/ page in Chromium and prints the scores
 * and each miss.
 */
import { spawnSync } from 'node:child_process';
import { launchBrowser } from './lib/browser';
import { serveDist } from './lib/serve';
import { evaluate, formatReport, loadQueries } from './lib/search-eval';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveDist();
const browser = await launchBrowser();
try {
  const report = await evaluate(browser, server.url, loadQueries());
  console.log(formatReport(report));
} finally {
  await browser.close();
  await server.close();
}
