/**
 * Builds the Pagefind index over the finished site, through Pagefind's Node API, so that
 * `npm run build` always leaves a searchable dist/ (no separate CLI step to forget).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'wallet-handbook:pagefind',
    hooks: {
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
