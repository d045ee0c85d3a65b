/**
 * Serves dist/ on 127.0.0.1 the way a static host does: /path/ → /path/index.html, unknown paths
 * → 404.html with status 404, and the headers of dist/_headers applied (so the CSP header, which
 * also governs Pagefind's worker, is tested as a host would send it). No compression and
 * `cache-control: no-cache`, so what a page fetches is always seen. Every response is logged (path,
 * body bytes, status) for the benchmark, which counts what a search fetched after a given moment.
 * Used by the browser tests and by tools/bench (Node runs this file by stripping its types).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

export interface ServedFile { path: string; bytes: number; status: number }

export interface StaticServer {
  url: string;
  /** Every response so far, in order; the benchmark empties it with splice(0). */
  log: ServedFile[];
  close(): Promise<void>;
}

/** Netlify/Cloudflare-style _headers: a path or `/*` line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(path: string, rules: ReturnType<typeof parseHeadersFile>): Record<string, string> {
  const matching = rules.filter((r) => r.pattern === path || (r.pattern.endsWith('/*') && path.startsWith(r.pattern.slice(0, -1))));
  return Object.assign({}, ...matching.map((r) => r.headers));
}

export async function serveDist(dir = join(process.cwd(), 'dist')): Promise<StaticServer> {
  const root = resolve(dir);
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const log: ServedFile[] = [];
  const server: Server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end('bad request'); // a malformed %-escape
    }
    for (const [name, value] of Object.entries(headersFor(path, rules))) res.setHeader(name, value);
    let file = normalize(join(root, path));
    // Inside the root only: `root + sep` so a sibling folder whose name starts like the root (dist-secret) is outside.
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      log.push({ path, bytes: body.length, status: 200 });
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      log.push({ path, bytes: body.length, status: 404 });
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
