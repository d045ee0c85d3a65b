/**
 * What one page costs to load, read from a built dist/: its HTML, its stylesheets and its
 * JavaScript, raw and gzipped (node:zlib gzipSync, default level).
 *
 * JS counts external <script src> files, inline executable scripts (not application/json or
 * application/ld+json), the modules those import statically (followed transitively, since the
 * browser fetches them at load), and, for Astro islands, the component-url and renderer-url
 * modules with their imports. "Framework JS" is the island part: the inline Astro island runtime
 * scripts plus everything reached from component-url/renderer-url (Preact and the hydrated
 * component). Dynamic import() targets (Pagefind on /search/) are not counted: they load on use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';

const gz = (buf) => gzipSync(buf).length;
const sizes = (buf) => ({ raw: buf.length, gzip: gz(buf) });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

export function htmlFile(dist, urlPath) {
  const clean = urlPath.split(/[?#]/)[0];
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

/** The module at url and its static imports, transitively: Map url → Buffer. */
function moduleClosure(dist, url, seen = new Map()) {
  if (seen.has(url)) return seen;
  const file = join(dist, url);
  if (!existsSync(file)) return seen;
  const buf = readFileSync(file);
  seen.set(url, buf);
  for (const m of buf.toString('utf8').matchAll(STATIC_IMPORT)) {
    const spec = m[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    moduleClosure(dist, spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec), seen);
  }
  return seen;
}

/** @returns {{html, css, js, frameworkJs, total, cssFiles: string[], jsFiles: string[], inlineScripts: number}} */
export function pageBytes(dist, urlPath) {
  const file = htmlFile(dist, urlPath);
  const htmlBuf = readFileSync(file);
  const doc = parse(htmlBuf.toString('utf8'), { blockTextElements: { script: true, style: true, noscript: true, pre: true } });

  let css = ZERO;
  const cssFiles = [];
  for (const link of doc.querySelectorAll('link')) {
    if (!/(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const href = link.getAttribute('href');
    if (!href || cssFiles.includes(href)) continue;
    cssFiles.push(href);
    const f = join(dist, href.split(/[?#]/)[0]);
    if (existsSync(f)) css = add(css, sizes(readFileSync(f)));
  }

  let js = ZERO;
  let frameworkJs = ZERO;
  const modules = new Map(); // url → Buffer, page-owned
  const islandModules = new Map();
  let inlineScripts = 0;
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/json' || type === 'application/ld+json') continue;
    const src = script.getAttribute('src');
    if (src) {
      if (src.startsWith('/')) moduleClosure(dist, src.split(/[?#]/)[0], modules);
      continue;
    }
    const text = Buffer.from(script.rawText ?? script.innerHTML ?? '');
    if (!text.length) continue;
    inlineScripts++;
    const s = sizes(text);
    js = add(js, s);
    if (/astro-island|self\.Astro|window\.Astro/.test(text.toString('utf8'))) frameworkJs = add(frameworkJs, s);
    // Inline module scripts may import files too.
    if (type === 'module') {
      for (const m of text.toString('utf8').matchAll(STATIC_IMPORT)) if (m[1].startsWith('/')) moduleClosure(dist, m[1], modules);
    }
  }
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url?.startsWith('/')) moduleClosure(dist, url.split(/[?#]/)[0], islandModules);
    }
  }
  const jsFiles = [...new Set([...modules.keys(), ...islandModules.keys()])];
  for (const url of jsFiles) {
    const s = sizes(modules.get(url) ?? islandModules.get(url));
    js = add(js, s);
    if (islandModules.has(url)) frameworkJs = add(frameworkJs, s);
  }
  const html = sizes(htmlBuf);
  return { html, css, js, frameworkJs, total: add(add(html, css), js), cssFiles, jsFiles, inlineScripts };
}
