import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { troubleshooterSchema, type Troubleshooter } from '../../src/lib/content/schemas';
import {
  back, canonicalPaths, changeAnswer, choose, parsePath, pathTo, readPathFromUrl, report, resolve, serializePath, writePathToUrl,
} from '../../src/lib/troubleshooter/engine';
import { optionIdOf } from '../../src/lib/troubleshooter/graph';
import { VALID_FIXTURE } from '../helpers/fixture';

const tree: Troubleshooter = troubleshooterSchema.parse(
  parse(readFileSync(join(VALID_FIXTURE, 'content/troubleshooters/payment-failed.yaml'), 'utf8')),
);

describe('resolving a path', () => {
  it('starts at the start node with no answers', () => {
    const at = resolve(tree, []);
    expect(at.nodeId).toBe('balance');
    expect(at.steps).toEqual([]);
  });

  it('follows every option of every node to its target', () => {
    for (const [nodeId, path] of canonicalPaths(tree)) {
      for (const option of tree.nodes[nodeId]!.options ?? []) {
        const next = choose(tree, path, optionIdOf(option));
        expect(resolve(tree, next).nodeId, `${nodeId} → ${option.label}`).toBe(option.next);
      }
    }
  });

  it('records each question with the answer chosen', () => {
    const at = resolve(tree, ['scam-check', 'fraud']);
    expect(at.nodeId).toBe('fraud');
    expect(at.steps.map((s) => [s.question, s.label])).toEqual([['余额够这笔付款吗？', '够'], ['有人自称客服让你操作吗？', '有']]);
  });

  it('keeps the deepest valid prefix of a stale or mistyped path', () => {
    expect(resolve(tree, ['scam-check', 'nonsense', 'fraud'])).toMatchObject({ nodeId: 'scam-check', dropped: ['nonsense', 'fraud'] });
    expect(resolve(tree, ['gone'])).toMatchObject({ nodeId: 'balance', dropped: ['gone'] });
    // Answers after an outcome lead nowhere.
    expect(resolve(tree, ['top-up', 'scam-check'])).toMatchObject({ nodeId: 'top-up', dropped: ['scam-check'] });
  });

  it('ignores an answer that is not offered at the current question', () => {
    expect(choose(tree, [], 'fraud')).toEqual([]);
  });
});

describe('moving around', () => {
  it('changes an earlier answer, keeping the ones before it and dropping the ones after', () => {
    expect(changeAnswer(tree, ['scam-check', 'fraud'], 1, 'contact')).toEqual(['scam-check', 'contact']);
    expect(changeAnswer(tree, ['scam-check', 'fraud'], 0, 'top-up')).toEqual(['top-up']);
  });

  it('goes back one answer and starts over', () => {
    expect(back(tree, ['scam-check', 'fraud'])).toEqual(['scam-check']);
    expect(back(tree, [])).toEqual([]);
    expect(pathTo(tree, ['scam-check', 'fraud'], 1)).toEqual(['scam-check']);
  });
});

describe('the path in the URL', () => {
  it('round-trips through the query string and keeps other parameters', () => {
    const url = writePathToUrl(tree, new URL('https://x.test/troubleshoot/payment-failed/?utm=1'), ['scam-check', 'fraud']);
    expect(url.search).toBe('?utm=1&payment-failed=scam-check.fraud');
    expect(readPathFromUrl(tree, url)).toEqual(['scam-check', 'fraud']);
    expect(writePathToUrl(tree, url, []).search).toBe('?utm=1');
  });

  it('reads junk as the empty or shortest sensible path', () => {
    expect(parsePath('')).toEqual([]);
    expect(parsePath(null)).toEqual([]);
    expect(parsePath('scam-check..<script>.fraud')).toEqual(['scam-check', 'fraud']);
    expect(serializePath(parsePath('a.b'))).toBe('a.b');
  });
});

describe('the report for support', () => {
  it('numbers each question with its answer and names the conclusion', () => {
    expect(report(tree, ['scam-check', 'contact'])).toBe(
      ['问题排查：支付失败怎么办', '1. 余额够这笔付款吗？ —— 够', '2. 有人自称客服让你操作吗？ —— 没有', '结论：联系官方客服'].join('\n'),
    );
  });

  it('says which question is still open', () => {
    expect(report(tree, ['scam-check'])).toContain('（还没回答：有人自称客服让你操作吗？）');
  });
});

describe('canonical paths for static pages', () => {
  it('reach every node by its shortest path', () => {
    const paths = canonicalPaths(tree);
    expect([...paths.keys()].sort()).toEqual(Object.keys(tree.nodes).sort());
    for (const [nodeId, path] of paths) expect(resolve(tree, path).nodeId).toBe(nodeId);
    expect(paths.get('fraud')).toEqual(['scam-check', 'fraud']);
  });
});

describe('the editor outline', () => {
  it('shows every node once, with answers, outcomes and articles', async () => {
    const { outline } = await import('../../src/lib/troubleshooter/outline');
    const text = outline(tree);
    for (const [id, node] of Object.entries(tree.nodes)) {
      expect(text).toContain(`[${id}]`);
      for (const o of node.options ?? []) expect(text).toContain(`「${o.label}」`);
    }
    expect(text).toContain('■ 防骗警报：这是诈骗 [fraud]');
    expect(text).toContain('→ 文章 postal/pay-failed');
  });
});
