// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import contentChecks from './src/integrations/content-checks.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { isIndexable, lastModified } from './src/integrations/sitemap-rules.ts';

// The public origin, used for canonical URLs and the sitemap. Override per deployment with
// SITE_URL=https://example.org npm run build.
const site = process.env.SITE_URL ?? 'https://wallet-handbook.example.cn';
const distDir = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentChecks runs first so bad content stops the build before anything renders.
  integrations: [
    contentChecks(),
    mdx(),
    preact(),
    // Pages marked noindex (404, editor pages, troubleshooter question steps) stay out; articles
    // carry lastmod from their reviewed date. Both are read from the built HTML.
    sitemap({
      filter: (page) => isIndexable(distDir, page),
      serialize: (item) => {
        const lastmod = lastModified(distDir, item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
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
