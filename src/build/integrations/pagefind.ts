/**
 * Builds the Pagefind index over the finished site, through Pagefind's Node API, so that
 * `npm run build` always leaves a searchable dist/ (no separate CLI step to forget).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'wallet-handbook:pagefind',
    hooks: {
      // In `astro dev` there is no index of its own: serve the one from the last build, if any,
      // so search works while writing (the search page explains what to do when there is none).
      'astro:server:setup': ({ server }) => {
        const index = join(server.config.root, 'dist', 'pagefind');
        server.middlewares.use('/pagefind', (req, res, next) => {
          const file = normalize(join(index, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!file.startsWith(index) || !existsSync(file)) return next();
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
          res.setHeader('content-type', type);
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
        logger.info(`搜索索引：${added.page_count} 个页面。`);
        await pagefind.close();
      },
    },
  };
}
