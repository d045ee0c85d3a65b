/**
 * Writes dist/_headers for static hosts that read it (Netlify, Cloudflare Pages and others): the
 * same Content-Security-Policy each page carries in its <meta> (plus frame-ancestors, which only
 * works as a header), and the usual hardening headers for every path.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** `_headers` text: hardening headers for /*, then each distinct page policy for its paths. */
export function headersFile(policies: Map<string, string>): string {
  const lines = ['/*', ...Object.entries(BASE_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  const distinct = new Set(policies.values());
  if (distinct.size === 1) {
    lines.push(`  Content-Security-Policy: ${[...distinct][0]}; frame-ancestors 'none'`);
  } else {
    for (const [path, policy] of policies) lines.push('', path, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
  }
  return `${lines.join('\n')}\n`;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'wallet-handbook:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!d.isFile() || !d.name.endsWith('.html')) continue;
          const file = join(d.parentPath, d.name);
          const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
          if (!policy) continue;
          const rel = relative(root, file).split(sep).join('/');
          policies.set(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`, policy.replace(/;\s*$/, '').replace(/;\s*/g, '; '));
        }
        writeFileSync(join(root, '_headers'), headersFile(new Map([...policies].sort())));
        logger.info(`_headers：${policies.size} 个页面的安全头。`);
      },
    },
  };
}
