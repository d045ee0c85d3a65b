/**
 * SITE_URL, the public origin used for canonical URLs and the sitemap. A wrong value would put
 * wrong addresses into every page, so it is checked before Astro starts and explained in our words.
 */
export const DEFAULT_SITE_URL = 'https://wallet-handbook.example.cn';

export type SiteUrlResult = { ok: true; site: string; warning?: string } | { ok: false; error: string };

export function readSiteUrl(value: string | undefined): SiteUrlResult {
  if (value === undefined) return { ok: true, site: DEFAULT_SITE_URL };
  const example = '例如 SITE_URL=https://handbook.example.cn npm run build';
  if (value.trim() === '') return { ok: false, error: `环境变量 SITE_URL 是空的。怎么改：写上站点的网址，${example}；不设置就用 ${DEFAULT_SITE_URL}。` };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, error: `环境变量 SITE_URL「${value}」不是网址。怎么改：写完整的网址，包括 https://，${example}。` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `环境变量 SITE_URL「${value}」不是 http(s) 网址。怎么改：${example}。` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return { ok: false, error: `环境变量 SITE_URL「${value}」带了路径「${url.pathname}${url.search}${url.hash}」：本站只能部署在域名的根目录。怎么改：只写协议和域名，${example}。` };
  }
  const warning = url.protocol === 'http:' ? `SITE_URL 用的是 http://：搜索引擎和浏览器会把站点当作不安全。上线时请用 https://。` : undefined;
  return { ok: true, site: url.origin, ...(warning ? { warning } : {}) };
}
