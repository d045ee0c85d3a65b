// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import contentChecks from './src/integrations/content-checks.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// The public origin, used for canonical URLs and the sitemap. Override per deployment with
// SITE_URL=https://example.org npm run build.
const site = process.env.SITE_URL ?? 'https://wallet-handbook.example.cn';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentChecks runs first so bad content stops the build before anything renders.
  integrations: [contentChecks(), mdx(), preact(), pagefindIndex()],
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
