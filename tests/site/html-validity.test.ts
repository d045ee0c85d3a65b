/**
 * Every HTML file in dist/ (redirect pages, 404 and editor pages included) is valid HTML by the W3C
 * Nu HTML Checker: vnu.jar from the npm package vnu-jar, run by the machine's Java (Debian's
 * openjdk-17-jre-headless; .ci/run installs it). One Java process checks all files: it is slow to start.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string }

/** Runs vnu.jar over the files; it exits non-zero when it finds errors, and writes its JSON to stderr. */
function vnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new Error('没有 java：先安装 Java（apt-get install -y openjdk-17-jre-headless），.ci/run 会自动安装。'));
      }
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar 没有给出 JSON 结果：${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}

describe('HTML validity (W3C Nu HTML Checker)', () => {
  it('finds no errors in any page of dist/', async () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(50);
    const messages = await vnu(files);
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${m.url ? relative(DIST, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 180_000);
});
