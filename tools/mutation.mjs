/**
 * Mutation check: breaks, one at a time, a rule the handbook's readers or editors rely on, runs
 * the tests that guard it, and confirms they fail. A rule whose tests still pass is unguarded.
 * Every file is restored afterwards (also on Ctrl-C). Not part of CI: run it after changing rules
 * or tests.
 *
 *   npm run mutation             all mutations (three of them rebuild the site: a few minutes)
 *   npm run mutation -- --quick  only those that need no build
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/project-copy.ts';

const vitest = (...files) => ['npx', 'vitest', 'run', ...files];
const build = ['npm', 'run', 'build'];

/** file, exact text, its broken replacement, and the commands whose failure proves the guard. */
const MUTATIONS = [
  { rule: 'fraud warning: risky titles (退款, 不到账, 被盗 …) need the warning', file: 'src/lib/fraud-warning.ts',
    from: 'return first?.word;', to: 'return undefined;', run: [vitest('tests/logic/content-check.test.ts', 'tests/logic/safety-gate.test.ts')] },
  { rule: 'fraud warning: shown on the article page', file: 'src/pages/[wallet]/[slug].astro',
    from: '{needsFraudWarning(data, topic) && <FraudWarning />}', to: '', run: [build, vitest('tests/site/rendered-pages.test.ts')] },
  { rule: 'contact detection: full-width and other look-alike characters folded (NFKC)', file: 'src/lib/safety/normalize.ts',
    from: "ch.normalize('NFKC')", to: 'ch', run: [vitest('tests/logic/contact-detector.test.ts')] },
  { rule: 'contact detection: wallet and topic descriptions are scanned', file: 'src/build/content-check/rules/contacts.ts',
    from: 'for (const source of [wallets, topics])', to: 'for (const source of [])', run: [vitest('tests/logic/safety-gate.test.ts')] },
  { rule: 'contact registry: sources must be https', file: 'src/lib/content/schemas.ts',
    from: "u.startsWith('https://')", to: "u.startsWith('http')", run: [vitest('tests/logic/content-check.test.ts')] },
  { rule: 'troubleshooter: every node reachable from the start', file: 'src/lib/troubleshooter/graph.ts',
    from: '...unreachable(tree), ', to: '', run: [vitest('tests/logic/content-check.test.ts')] },
  { rule: 'article bodies: import/export refused', file: 'src/lib/content/body-markup.ts',
    from: "case 'mdxjsEsm':", to: "case 'mdxjsEsm-allowed':", run: [vitest('tests/logic/body-markup.test.ts', 'tests/logic/safety-gate.test.ts')] },
  { rule: 'loader: a symlinked article is reported, not skipped', file: 'src/build/content-check/load.ts',
    from: 'if (d.isSymbolicLink()) {', to: 'if (false) {', run: [vitest('tests/logic/safety-gate.test.ts')] },
  { rule: '<Steps> holds one ordered list', file: 'src/components/mdx/rules.ts',
    from: 'return lines.every(', to: 'return undefined && lines.every(', run: [vitest('tests/logic/content-check.test.ts', 'tests/logic/editor-components.test.ts')] },
  { rule: 'search: question words and single characters never match on their own', file: 'src/lib/search/answer-search.ts',
    from: 'const keys = hanBigrams(folded).filter((k, i, all) => !STOP_KEYS.has(k) && !straddlesDay(all, i));', to: 'const keys = hanBigrams(folded).filter((k, i, all) => !straddlesDay(all, i));', run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'search: a scam pattern puts its anti-fraud page first', file: 'src/lib/search/answer-search.ts',
    from: 'if (!intent.when.some((w) => new RegExp(w).test(folded))) continue;', to: 'continue;', run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'search: a named wallet is searched on its own shelf first', file: 'src/lib/search/answer-search.ts',
    from: 'if (bestOf(own) >= floor) pool = own;', to: 'if (false) pool = own;', run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'search: typos by fuzzy sound (投述 for 投诉)', file: 'src/lib/search/answer-search.ts',
    from: 'const FUZZY_MAX_CHARS = 10;', to: 'const FUZZY_MAX_CHARS = 0;', run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'search: an anti-fraud page never wins an ordinary question through the tie-break', file: 'src/lib/search/answer-search.ts',
    from: "section === 'general' && !scamPages.has(s.index)", to: "section === 'general'", run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'search: a verb standing alone is read as its word (充 → 充值)', file: 'src/lib/search/expand.ts',
    from: '(ch) => lone[ch] ?? ch', to: '(ch) => ch', run: [vitest('tests/logic/search-pipeline.test.ts')] },
  { rule: 'answer index: body mentions of very common words are not shipped', file: 'src/lib/search/answers.ts',
    from: 'if (body <= BODY_POSTINGS_MAX) return pairs.flat();', to: 'return pairs.flat();', run: [vitest('tests/logic/answer-search.test.ts')] },
  { rule: 'synonyms: a reader phrase under two words is refused', file: 'src/build/content-check/rules/references.ts',
    from: '...intentIssues(model, published), ...synonymIssues(model)', to: '...intentIssues(model, published)', run: [vitest('tests/logic/content-check.test.ts')] },
  { rule: 'search: scam rules apply in the order editors wrote them', file: 'src/queries/content.ts',
    from: '.sort((a, b) => a.position - b.position)', to: '', run: [build, vitest('tests/site/rendered-pages.test.ts')] },
  { rule: 'sitemap: noindex pages stay out', file: 'src/build/integrations/sitemap-rules.ts',
    from: '&& !/<meta name="robots" content="noindex/.test(html)', to: '', run: [build, vitest('tests/site/seo.test.ts')] },
  { rule: "CSP: object-src 'none' (no plugin, not even from the site itself)", file: 'astro.config.mjs',
    from: `"object-src 'none'",`, to: '', run: [build, vitest('tests/site/security.test.ts')] },
  { rule: 'number check: a link with user info before the host is never verified', file: 'src/lib/safety/web-address.ts',
    from: "hasUserInfo: url.username !== '' || url.password !== '',", to: 'hasUserInfo: false,', run: [vitest('tests/logic/number-check.test.ts', 'tests/logic/web-address.test.ts')] },
  { rule: 'number check: a number with an extension is not the registry number', file: 'src/lib/safety/number-check.ts',
    from: 'if (EXTENSION_AFTER.test(after) || EXTENSION_BEFORE.test(before)) return undefined;', to: '', run: [vitest('tests/logic/number-check.test.ts')] },
  { rule: 'danger box: a number counts only as a whole number (110 not in 1100)', file: 'src/lib/search/danger.ts',
    from: 'if (!numeric || (!isDigit(text[at - 1]) && !isDigit(text[at + segment.length]))) return at;', to: 'return at;', run: [vitest('tests/logic/danger.test.ts')] },
  { rule: 'danger vocabulary: a phrase another one covers is refused', file: 'src/build/content-check/rules/danger.ts',
    from: '    if (cover) {', to: '    if (false) {', run: [vitest('tests/logic/content-check.test.ts')] },
  { rule: 'troubleshooter: a static step several routes lead to shows no answers', file: 'src/pages/troubleshoot/[tree]/[node].astro',
    from: 'const answersKnown = (pathCounts(tree).get(nodeId) ?? 0) === 1;', to: 'const answersKnown = true;', run: [build, vitest('tests/site/troubleshooter-paths.test.ts')] },
  { rule: "CSP: default-src 'self'", file: 'astro.config.mjs',
    from: `"default-src 'self'",`, to: '', run: [build, vitest('tests/site/security.test.ts')] },
];

const quick = process.argv.includes('--quick');
const chosen = MUTATIONS.filter((m) => !quick || !m.run.includes(build));
const originals = new Map();
const restoreAll = () => { for (const [file, text] of originals) writeFileSync(file, text); };
process.on('SIGINT', () => { restoreAll(); process.exit(130); });

/** Runs the commands in order; true when one of them failed (the mutation was caught). */
function caught(commands) {
  for (const [cmd, ...args] of commands) {
    const run = spawnSync(cmd, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (run.status !== 0) return cmd !== 'npm' || args[1] !== 'build' ? true : 'build failed';
  }
  return false;
}

const rows = [];
for (const m of chosen) {
  const file = join(PROJECT_ROOT, m.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(m.from)) {
    rows.push([m.rule, 'NOT APPLIED: the text to break is gone; update tools/mutation.mjs']);
    continue;
  }
  originals.set(file, text);
  writeFileSync(file, text.replace(m.from, m.to));
  const started = Date.now();
  let verdict;
  try {
    const result = caught(m.run);
    verdict = result === true ? 'caught' : result === false ? 'SURVIVED: no test failed' : result;
  } finally {
    writeFileSync(file, text);
    originals.delete(file);
  }
  rows.push([m.rule, `${verdict} (${Math.round((Date.now() - started) / 1000)} s)`]);
  console.log(`${verdict.startsWith('caught') ? '✓' : '✗'} ${m.rule}: ${verdict}`);
}
// The last build ran a mutated site: build the real one again so dist/ is what the tests expect.
if (chosen.some((m) => m.run.includes(build))) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });

console.log(`\n| rule | result |\n| --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
const survivors = rows.filter((r) => !r[1].startsWith('caught'));
console.log(`\n${rows.length - survivors.length} of ${rows.length} mutations caught.`);
process.exit(survivors.length ? 1 : 0);
