/**
 * Runs `astro build` in a copy of the project and measures it: wall time, the peak RSS of the
 * astro (Node) process, and the peak RSS of every process it starts (Pagefind's indexer is a
 * separate native binary), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Printed by the astro process itself when it exits; maxRSS is in KiB.
const MAXRSS_HOOK = "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.pid+' '+process.resourceUsage().maxRSS+'\\n'))";
const NODE_OPTIONS = `--import=data:text/javascript,${encodeURIComponent(MAXRSS_HOOK)}`;

/**
 * A config next to the copied astro.config.mjs that only moves Astro's and Vite's caches into the
 * copy: node_modules is a symlink to the real checkout, whose node_modules/.astro and
 * node_modules/.vite must not be touched (and a cache left there would make later builds warm).
 */
const WRAPPER = `import config from './astro.config.mjs';
export default { ...config, cacheDir: './.bench-cache/astro/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };
`;

/** Descendants of pid (children, grandchildren…), read from /proc/<pid>/stat. */
function descendants(pid) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch { /* gone */ }
  }
  const out = [];
  const want = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, ppid] of parent) {
      if (want.has(ppid) && !want.has(child)) { want.add(child); out.push(child); grew = true; }
    }
  }
  return out;
}

function status(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: field('VmRSS') };
  } catch { return undefined; }
}

function dirBytes(dir) {
  let total = 0;
  let files = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) { total += statSync(join(d.parentPath, d.name)).size; files++; }
  }
  return { bytes: total, files };
}

// Where the build's time goes, from when each log line arrived (in order; a phase ends at its line).
const PHASES = [
  ['start + content check', /内容检查通过|content-checks/],
  ['content sync + types', /Building static entrypoints/],
  ['vite bundle', /generating static routes/],
  ['render pages', /✓ Completed in/],
  ['sitemap', /sitemap-index\.xml/],
  ['pagefind index', /搜索索引/],
  ['_headers + exit', null],
];

function phases(lines, total) {
  const out = [];
  let at = 0; let from = 0;
  for (const [name, re] of PHASES) {
    if (!re) { out.push({ name, ms: total - from }); break; }
    const i = lines.findIndex(([, text], k) => k >= at && re.test(text));
    if (i === -1) continue;
    out.push({ name, ms: lines[i][0] - from });
    from = lines[i][0];
    at = i + 1;
  }
  return out;
}

/**
 * @param {string} dir the project copy
 * @returns {Promise<{ok: boolean, ms: number, maxRssKB: number, treePeakKB: number,
 *   pages: number, distBytes: number, pagefindBytes: number, pagefindFiles: number, log: string, tail: string}>}
 */
export async function runBuild(dir, { onLine } = {}) {
  writeFileSync(join(dir, 'astro.bench.config.mjs'), WRAPPER);
  const logFile = join(dir, 'build.log');
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'astro.bench.config.mjs'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: NODE_OPTIONS, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const lines = []; // [ms since start, text]
  const take = (chunk) => {
    const text = chunk.toString();
    output += text;
    log.write(chunk);
    pending += text;
    const parts = pending.split('\n');
    pending = parts.pop();
    const now = performance.now() - started;
    for (const line of parts) {
      lines.push([now, line]);
      if (onLine && /page\(s\) built|搜索索引|error|错误/i.test(line)) onLine(line.trim());
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);

  // Peak of the summed RSS of astro and the processes it starts (astro's own peak comes from the hook).
  let treePeakKB = 0;
  const sample = () => {
    let sum = 0;
    const own = status(child.pid);
    if (own) sum += own.rss;
    for (const pid of descendants(child.pid)) {
      sum += status(pid)?.rss ?? 0;
    }
    treePeakKB = Math.max(treePeakKB, sum);
  };
  const timer = setInterval(sample, 200);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const ms = performance.now() - started;
  await new Promise((resolve) => log.end(resolve));

  const rss = [...output.matchAll(/^MAXRSS (\d+) (\d+)$/gm)].map((m) => ({ pid: Number(m[1]), kb: Number(m[2]) }));
  const maxRssKB = rss.find((r) => r.pid === child.pid)?.kb ?? Math.max(0, ...rss.map((r) => r.kb));
  const ok = code === 0;
  let pages = 0; let distBytes = 0; let pagefindBytes = 0; let pagefindFiles = 0;
  if (ok) {
    pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    distBytes = dirBytes(join(dir, 'dist')).bytes;
    ({ bytes: pagefindBytes, files: pagefindFiles } = dirBytes(join(dir, 'dist', 'pagefind')));
  }
  return { ok, ms, phases: phases(lines, ms), maxRssKB, treePeakKB, pages, distBytes, pagefindBytes, pagefindFiles, log: logFile, tail: output.split('\n').slice(-25).join('\n') };
}
