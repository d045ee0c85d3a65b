/** The test and benchmark server serves only what is inside its root, and answers garbage with 400, not a crash. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../tools/lib/serve';

let base: string;
let server: StaticServer;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(base, 'dist', 'a'), { recursive: true });
  writeFileSync(join(base, 'dist', 'a', 'index.html'), 'page a');
  writeFileSync(join(base, 'dist', '404.html'), 'not here');
  mkdirSync(join(base, 'dist-secret'));
  writeFileSync(join(base, 'dist-secret', 's.txt'), 'secret');
  writeFileSync(join(base, 'outside.txt'), 'outside');
  server = await serveDist(join(base, 'dist'));
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** A raw GET: fetch() would normalise the path before sending it. */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'GET', path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('serves a page of the site', async () => {
    expect(await get('/a/')).toEqual({ status: 200, body: 'page a' });
  });
  it.each(['/..%2fdist-secret/s.txt', '/../dist-secret/s.txt', '/..%2f..%2foutside.txt', '/%2e%2e/outside.txt'])('never serves %s from outside its root', async (path) => {
    const { status, body } = await get(path);
    expect(body).not.toMatch(/secret|outside/);
    expect([403, 404]).toContain(status);
  });
  it('answers a malformed escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/a/')).status).toBe(200);
  });
});
