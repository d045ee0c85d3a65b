#!/usr/bin/env node
/**
 * npm run bench — the speed and size figures of the handbook, printed and written to BENCHMARKS.md.
 * Not pass/fail: the targets are printed next to the figures so a regression is visible in review.
 *
 *   npm run bench                     everything (real site, 2,000 and 10,000 generated articles, Lighthouse)
 *   npm run bench -- --sizes=2000     only the 2,000-article generated site
 *   npm run bench -- --no-lighthouse  skip Lighthouse
 *   npm run bench -- --no-write       print only, leave BENCHMARKS.md alone
 *
 * Every build runs in a copy of the project outside the checkout (os.tmpdir()), so dist/ and the
 * caches of the checkout are never touched and every build is cold.
 */
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyProject, generateSite, PROJECT_ROOT } from './generate-site.mjs';
import { runBuild } from './bench/build.mjs';
import { pageBytes } from './bench/bytes.mjs';
import { searchBench } from './bench/search.mjs';
import { lighthouseBench } from './bench/lighthouse.mjs';
import { dangerBench } from './bench/danger.mjs';
import { CHROMIUM_PATH } from './lib/browser.ts';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = option('sizes', '2000,10000').split(',').filter(Boolean).map(Number);
const LIGHTHOUSE = !flag('no-lighthouse');
const WRITE = !flag('no-write');

const TARGETS = {
  articleFrameworkJs: 'article pages: 0 KB framework JS',
  lighthouse: 'Lighthouse 100 in performance, accessibility, best practices and SEO',
  build10k: '10,000 articles built in under 3 minutes on 2 cores',
  searchCold: 'first search on the 2,000-article site ≤ 150 KB gzip (larger sites are reported, not held to it)',
  searchWarm: 'repeated search ≤ 50 ms median',
};

/** Kinds of file the first search fetches, for the breakdown table. */
const FETCH_KINDS = [
  ['answer index: key shards', /\/answers\/k\d+\.[^/]+\.json$/],
  ['answer index: pages', /\/answers\/d\d+\.[^/]+\.json$/],
  ['answer index: readings', /\/answers\/r\.[^/]+\.json$/],
  ['Pagefind script', /pagefind(-worker)?\.js$/],
  ['wasm', /\.pagefind$|\.wasm$/],
  ['metadata', /pagefind-entry\.json$|\.pf_meta$/],
  ['index chunks', /\.pf_index$/],
  ['fragments (excerpts)', /\.pf_fragment$/],
];

const kb = (bytes) => (bytes / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);
const mb = (kib) => (kib / 1024).toFixed(0);
const table = (head, rows) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

function log(...parts) { console.log(...parts); }

function machine() {
  const cpu = cpus();
  let os = process.platform;
  try { os = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"']).toString().trim(); } catch { /* keep platform */ }
  let chromium = '?';
  try { chromium = execFileSync(CHROMIUM_PATH, ['--version']).toString().trim(); } catch { /* not installed */ }
  return { cpu: `${cpu.length} × ${cpu[0]?.model ?? '?'}`, memory: `${(totalmem() / 2 ** 30).toFixed(0)} GB (${(freemem() / 2 ** 30).toFixed(0)} GB free)`, os, node: process.version, chromium };
}

/** The pages a reader meets, one of each type, found in the built dist/. */
function pageTypes(dist) {
  // A merged article leaves a redirect stub behind: that is not a page a reader reads.
  const isPage = (file) => existsSync(file) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
  const firstDir = (under, skip = []) => readdirSync(join(dist, under), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.includes(d.name) && isPage(join(dist, under, d.name, 'index.html')))
    .map((d) => d.name).sort()[0];
  const wallet = 'postal';
  const article = firstDir(wallet);
  const topic = firstDir('topics');
  const tree = existsSync(join(dist, 'troubleshoot')) ? firstDir('troubleshoot') : undefined;
  const node = tree ? firstDir(join('troubleshoot', tree)) : undefined;
  return [
    ['home', '/'],
    ['wallet hub', `/${wallet}/`],
    ['topic hub', `/topics/${topic}/`],
    ['article', `/${wallet}/${article}/`],
    ...(tree ? [['troubleshooter', `/troubleshoot/${tree}/`]] : []),
    ...(node ? [['troubleshooter step (no JS)', `/troubleshoot/${tree}/${node}/`]] : []),
    ['search', '/search/'],
    ['404', '/404.html'],
  ].filter(([, path]) => existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)));
}

async function buildFigures(label, dir) {
  log(`\n▶ ${label}: astro build in ${dir}`);
  const result = await runBuild(dir, { onLine: (line) => log(`   ${line}`) });
  if (!result.ok) {
    log(result.tail);
    throw new Error(`${label}: the build failed; full log in ${result.log}`);
  }
  log(`   ${s(result.ms)} s, ${result.pages} pages, peak RSS ${mb(result.maxRssKB)} MB (astro) / ${mb(result.treePeakKB)} MB (all processes)`);
  return { label, ...result };
}

const started = Date.now();
const info = machine();
log('数字钱包自助手册 — benchmark');
log(`machine: ${info.cpu}, ${info.memory}, ${info.os}, Node ${info.node}, ${info.chromium}`);

const work = join(tmpdir(), 'wallet-handbook-bench');
rmSync(work, { recursive: true, force: true });

// 1. The real site.
const realDir = join(work, 'real');
copyProject(realDir, { content: join(PROJECT_ROOT, 'content') });
const builds = [await buildFigures('real site', realDir)];
const realDist = join(realDir, 'dist');

const bytes = pageTypes(realDist).map(([type, path]) => ({ type, path, ...pageBytes(realDist, path) }));
log('\n▶ bytes per page type (gzip)');
for (const b of bytes) log(`   ${b.type.padEnd(28)} HTML ${kb(b.html.gzip)} KB, CSS ${kb(b.css.gzip)} KB, JS ${kb(b.js.gzip)} KB (framework ${kb(b.frameworkJs.gzip)} KB)`);

log('\n▶ search on the real site (Chromium)');
const search = { real: await searchBench(realDist), generated: [] };
log(`   first query「${search.real.first.query}」${search.real.first.ms.toFixed(0)} ms, ${kb(search.real.first.bytes.gzip)} KB gzip (${kb(search.real.first.bytes.raw)} KB raw); warm median ${search.real.medianMs.toFixed(0)} ms`);

log('\n▶ the danger box on /search/');
const danger = await dangerBench(realDist, PROJECT_ROOT);
const dangerLine = `adds ${kb(danger.total)} KB gzip to the first load (box HTML ${kb(danger.boxBytes)} KB, data ${kb(danger.dataBytes)} KB, code ${kb(danger.codeBytes)} KB; target ≤ 2 KB); `
  + `「${danger.ordinary.query}」 ${danger.ordinary.fired ? 'fires' : 'does not fire'} and makes ${danger.ordinary.requests.filter((p) => /danger/.test(p)).length} request for it, `
  + `「${danger.danger.query}」 ${danger.danger.fired ? 'fires' : 'does not fire'}`;
log(`   ${dangerLine}`);

let lighthouse = [];
if (LIGHTHOUSE) {
  const article = bytes.find((b) => b.type === 'article')?.path;
  const tree = bytes.find((b) => b.type === 'troubleshooter')?.path;
  log('\n▶ Lighthouse (mobile, simulated throttling)');
  lighthouse = await lighthouseBench(realDist, ['/', article, tree].filter(Boolean));
  for (const l of lighthouse) log(`   ${l.path}: ${l.error ?? Object.entries(l.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

// 2. Generated sites.
for (const size of SIZES) {
  const dir = join(work, `generated-${size}`);
  log(`\n▶ generating ${size} articles`);
  generateSite(size, dir);
  const build = await buildFigures(`${size.toLocaleString('en')} generated articles`, dir);
  builds.push(build);
  log(`\n▶ search on ${size} articles (Chromium)`);
  const result = { size, ...(await searchBench(join(dir, 'dist'))) };
  search.generated.push(result);
  log(`   first query ${result.first.ms.toFixed(0)} ms, ${kb(result.first.bytes.gzip)} KB gzip (${kb(result.first.bytes.raw)} KB raw); warm median ${result.medianMs.toFixed(0)} ms`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
}

// 3. Report.
const articleJs = bytes.find((b) => b.type === 'article')?.frameworkJs.gzip ?? NaN;
const build10k = builds.find((b) => b.label.startsWith('10,000'));
const phaseNames = [...new Set(builds.flatMap((b) => b.phases.map((p) => p.name)))];
const searchRows = [['real site', search.real], ...search.generated.map((r) => [`${r.size.toLocaleString('en')} generated`, r])];
const worst = (pick) => Math.max(...searchRows.map(([, r]) => pick(r)));
const search2k = search.generated.find((r) => r.size === 2000);

const report = `# Benchmarks

Written by \`npm run bench\` (tools/bench.mjs) on ${new Date().toISOString().slice(0, 10)}. Figures, not gates: CI does not
run this. Run it again after a change that could move them and commit the new file.

Machine: ${info.cpu}; ${info.memory}; ${info.os}; Node ${info.node}; ${info.chromium}.
The whole run took ${s(Date.now() - started)} s.

## Targets

- ${TARGETS.articleFrameworkJs} — measured: **${kb(articleJs)} KB**.
- ${TARGETS.lighthouse} — measured: ${lighthouse.length ? lighthouse.map((l) => `\`${l.path}\` ${l.error ? `error (${l.error})` : Object.values(l.scores).join('/')}`).join('; ') : 'not run'}.
- ${TARGETS.build10k} — measured: ${build10k ? `**${s(build10k.ms)} s**` : 'not run'}.
- ${TARGETS.searchCold} — measured: ${search2k ? `**${kb(search2k.first.bytes.gzip)} KB**` : 'not run'} (${searchRows.map(([l, r]) => `${l} ${kb(r.first.bytes.gzip)} KB`).join(', ')}).
- the danger box ${dangerLine}.
- ${TARGETS.searchWarm} — measured: the same query again **${worst((r) => r.sameQueryMedianMs).toFixed(0)} ms** at worst; a new query on a warm page **${worst((r) => r.medianMs).toFixed(0)} ms** at worst (${searchRows.map(([l, r]) => `${l} ${r.sameQueryMedianMs.toFixed(0)} / ${r.medianMs.toFixed(0)} ms`).join(', ')}).

## Build

Cold \`astro build\` (content check, pages, sitemap, Pagefind index, _headers) in a fresh copy. Peak RSS: the
astro Node process, and the sum of all its processes sampled every 200 ms (Pagefind indexes in its own process).

${table(['site', 'pages', 'time', 'peak RSS astro', 'peak RSS all', 'dist/', 'Pagefind index'],
  builds.map((b) => [b.label, b.pages, `${s(b.ms)} s`, `${mb(b.maxRssKB)} MB`, `${mb(b.treePeakKB)} MB`, `${(b.distBytes / 2 ** 20).toFixed(1)} MB`, `${(b.pagefindBytes / 2 ** 20).toFixed(1)} MB in ${b.pagefindFiles} files`]))}

Where the time goes (seconds, from when each phase's log line appeared):

${table(['site', ...phaseNames], builds.map((b) => [b.label, ...phaseNames.map((n) => { const p = b.phases.find((x) => x.name === n); return p ? s(p.ms) : '–'; })]))}

Memory and the content loader (issue 15): the astro process peaked at 1508 MB on the 2,000-article
site before the checker was split into one loader and rules (commit 8226e57, measured 2026-11-26) and at
1580 MB after it, with the answer index now also built (2026-11-27). The loader did not lower the peak:
Astro's own content layer and rendering dominate it (the review measured about 1.0 GB for Starlight on
the same articles).

## Bytes per page type (real site)

Raw / gzip. JS counts everything the page fetches at load (inline scripts, modules and their static
imports, island components and the Preact renderer); "framework" is the island part. Pagefind on
/search/ loads on first use and is counted under Search.

${table(['page type', 'path', 'HTML', 'CSS', 'JS', 'framework JS', 'total gzip'],
  bytes.map((b) => [b.type, `\`${b.path}\``, `${kb(b.html.raw)} / ${kb(b.html.gzip)} KB`, `${kb(b.css.raw)} / ${kb(b.css.gzip)} KB`,
    `${kb(b.js.raw)} / ${kb(b.js.gzip)} KB`, `${kb(b.frameworkJs.gzip)} KB`, `${kb(b.total.gzip)} KB`]))}

## Search

In Chromium against the built site: the search page is loaded, then the first query (cold: the answer
index's key shards and page files for its words are fetched; Pagefind only when the index finds fewer
than three answers), the same query five more times, and ${search.real.repeats.length} new queries on the
warm page (${search.real.repeats.map((r) => r.query).join('、')}; each new word may still fetch its index chunk). Latency is from
submitting the form to the rendered result count. Bytes as served (uncompressed) / as a gzip host would send them.

${table(['site', 'cold query', 'cold bytes', 'same query again (median of 5)', 'new query, warm page (median)', 'new query max', 'bytes for all new queries'],
  searchRows.map(([label, r]) => [label, `「${r.first.query}」 ${r.first.ms.toFixed(0)} ms`, `${kb(r.first.bytes.raw)} / ${kb(r.first.bytes.gzip)} KB`,
    `${r.sameQueryMedianMs.toFixed(0)} ms`, `${r.medianMs.toFixed(0)} ms`, `${r.maxMs.toFixed(0)} ms`, `${kb(r.repeatBytes.raw)} / ${kb(r.repeatBytes.gzip)} KB`]))}

What a cold query fetches, by kind (gzip as a host would send it; Pagefind's own files are already compressed):

${table(['site', ...FETCH_KINDS.map(([k]) => k)], searchRows.map(([label, r]) => [label, ...FETCH_KINDS.map(([, re]) => {
  const files = r.first.bytes.files.filter((f) => re.test(f.path));
  return files.length ? `${kb(files.reduce((n, f) => n + f.gzip, 0))} KB${files.length > 1 ? ` (${files.length} files)` : ''}` : '–';
})]))}

The answer index is split by word: a query fetches only the key shards of its own words and the
page files of its results (16 pages each). Pagefind's script, wasm and metadata are paid only when its
full text is needed; its fragments are the excerpts of those results.

${lighthouse.length ? `## Lighthouse

\`lighthouse\` (Node API, default mobile config with simulated throttling) driving Debian's Chromium, site served locally.

${table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
  lighthouse.map((l) => l.error ? [`\`${l.path}\``, `error: ${l.error}`, '', '', '', '', '', '', ''] : [`\`${l.path}\``, ...Object.values(l.scores),
    `${(l.metrics.FCP / 1000).toFixed(1)} s`, `${(l.metrics.LCP / 1000).toFixed(1)} s`, `${l.metrics.TBT.toFixed(0)} ms`, l.metrics.CLS.toFixed(3)]))}
${lighthouse.flatMap((l) => (l.failing ?? []).map((f) => `\n- \`${l.path}\` loses points on ${f}`)).join('')}${lighthouse.some((l) => l.external?.length) ? `\n\nRequests that left the site: ${lighthouse.flatMap((l) => l.external ?? []).join(', ')}` : ''}
` : ''}`;

log(`\n${report}`);
if (WRITE) {
  writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), report);
  log('BENCHMARKS.md updated.');
}
rmSync(work, { recursive: true, force: true });
