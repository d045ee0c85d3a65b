/**
 * The editor's loop in `npm run dev`: break an article and the browser shows the same file, line,
 * field and fix as the CLI in Vite's error overlay; fix it and the page comes back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/lib/browser';
import { VALID_FIXTURE } from '../helpers/fixture';
import { ASTRO_BIN, fixtureProject } from '../helpers/fixture-site';

let root: string;
let dev: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  root = fixtureProject(join(VALID_FIXTURE, 'content'));
  // The environment a developer has: not Vitest's (NODE_ENV=test changes how Vite serves pages).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST' && k !== 'MODE'));
  dev = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', '4877'], { cwd: root, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${out}`)), 60_000);
    // Both pipes must be read: a full pipe blocks the dev server.
    dev.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    dev.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a content error in the browser overlay and clears it once fixed', async () => {
    const page = await browser.newPage();
    const file = join(root, 'content/articles/postal/pay-failed.mdx');
    const good = readFileSync(file, 'utf8');
    await page.goto(`${url}/postal/pay-failed/`);
    expect(await page.locator('h1').textContent()).toBe('支付失败怎么办');

    writeFileSync(file, good.replace('wallet: postal', 'wallet: posta'));
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    await expect.poll(() => overlay.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 10_000 }).toContain('content/articles/postal/pay-failed.mdx:4  字段 wallet');
    expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('怎么改：');
    // It stays ours: no render error of the half-loaded content replaces it, not even after a reload.
    await page.waitForTimeout(2_000);
    await page.reload();
    await overlay.waitFor({ timeout: 30_000 });
    await expect.poll(() => overlay.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 10_000 }).toContain('字段 wallet');
    expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).not.toMatch(/TypeError|Cannot read properties/);

    writeFileSync(file, good);
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('支付失败怎么办');
    await page.close();
  }, 90_000);
});
