// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import contentChecks from './src/build/integrations/content-checks.ts';
import pagefindIndex from './src/build/integrations/pagefind.ts';
import securityHeaders from './src/build/integrations/security-headers.ts';
import clientInteract from './src/build/integrations/client-interact.ts';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { isIndexablePage, lastModified } from './src/build/integrations/sitemap-rules.ts';

import { readSiteUrl } from './src/build/site-url.ts';

// The public origin, used for canonical URLs and the sitemap. Override per deployment with
// SITE_URL=https://example.org npm run build. A wrong value stops here, in our words (no stack trace).
const siteUrl = readSiteUrl(process.env.SITE_URL);
if (!siteUrl.ok) {
  process.stderr.write(`\n${siteUrl.error}\n\n`);
  process.exit(1);
}
if (siteUrl.warning) process.stderr.write(`提醒：${siteUrl.warning}\n`);
const site = siteUrl.site;
const distDir = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Merged articles' old URLs are pages of their own (src/pages/[...moved].astro), not Astro `redirects`.
  build: { format: 'directory' },
  // contentChecks runs first so bad content stops the build before anything renders.
  integrations: [
    contentChecks(),
    mdx(),
    preact(),
    clientInteract(),
    // Pages marked noindex (404, editor pages, troubleshooter question steps) stay out; articles
    // carry lastmod from their reviewed date. Both are read from the built HTML.
    sitemap({
      filter: (page) => isIndexablePage(distDir, page),
      serialize: (item) => {
        const lastmod = lastModified(distDir, item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    pagefindIndex(),
    securityHeaders(),
  ],
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the CSP forbids; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  // Strict CSP as a <meta> on every page: Astro hashes its own inline scripts and styles; no
  // 'unsafe-inline'. 'wasm-unsafe-eval' only because Pagefind runs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Every MDX module trips rolldown's module-level-directive check; silence only that one.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
