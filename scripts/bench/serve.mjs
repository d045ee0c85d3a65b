/**
 * A tiny static server for a built dist/, like tests/helpers/serve.ts: /x/ → /x/index.html, misses
 * → 404.html with status 404, the headers of dist/_headers applied. No compression (so it sends
 * the files as they are). It logs every response (path, body bytes, time) so the search benchmark
 * can count exactly what the browser fetched after a given moment, workers included.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const headersFor = (path, rules) => Object.assign({}, ...rules
  .filter((r) => r.pattern === path || (r.pattern.endsWith('/*') && path.startsWith(r.pattern.slice(0, -1))))
  .map((r) => r.headers));

/** @returns {Promise<{url: string, log: Array<{path: string, bytes: number, status: number, t: number}>, close(): Promise<void>}>} */
export async function serveDist(root) {
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headersFor(path, rules))) res.setHeader(name, value);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      log.push({ path, bytes: body.length, status: 200, t: Date.now() });
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      log.push({ path, bytes: body.length, status: 404, t: Date.now() });
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
