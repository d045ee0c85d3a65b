/**
 * The built dist/ served the way a static host serves it, and Debian's Chromium to browse it:
 * opened before a test file's tests and closed after them.
 *
 *   const site = builtSiteInChromium();
 *   it('…', async () => { const page = await site.browser.newPage(); await page.goto(`${site.url}/`); });
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/lib/browser';
import { serveDist, type StaticServer } from '../../tools/lib/serve';

export interface BuiltSite {
  /** Origin of the local server, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly browser: Browser;
}

export function builtSiteInChromium(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() { return server!.url; },
    get browser() { return browser!; },
  };
}
