/**
 * Every troubleshooter's paths, pinned as data. tests/troubleshooters/<id>.yaml lists walks through
 * the tree content/troubleshooters/<id>.yaml as a reader makes them, by the answer labels they see,
 * with the outcome, its kind and its article. The pins are written by hand, never generated
 * from the tree, so changing a tree (an option's `next`, a label, an outcome's kind or article) breaks a
 * pin, and whoever changed it has to say where readers end up now.
 *
 * A tree without a pin file fails, and so does an outcome or an answer that no pinned walk uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Troubleshooter } from '../../src/lib/content/schemas';
import { realContent } from '../helpers/real-content';
import { resolve } from '../../src/lib/troubleshooter/engine';
import { articleFor, isOutcome, optionIdOf } from '../../src/lib/troubleshooter/graph';

const ROOT = join(import.meta.dirname, '..', '..');
const PINS_DIR = join(ROOT, 'tests', 'troubleshooters');

const pinFileSchema = z.object({
  /** Id of the tree; must equal the file name. */
  tree: z.string().min(1),
  paths: z.array(z.object({
    /** Option labels, exactly as the reader sees them, one per question, from the start node. */
    answers: z.array(z.string().min(1)).min(1),
    /** Id of the outcome node the walk ends at. */
    outcome: z.string().min(1),
    kind: z.enum(OUTCOMES),
    /**
     * The article a reader of each wallet is sent to: one wallet/slug for every wallet of the tree,
     * or { wallet: wallet/slug } naming every wallet of the tree; omitted when the outcome names none.
     */
    article: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  }).strict()).min(1),
}).strict();

type Pin = z.infer<typeof pinFileSchema>['paths'][number];

const rel = (file: string) => relative(ROOT, file);
const yamlIds = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();

/** Reads and validates one YAML file; any problem names the file. */
function load<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${rel(file)}: cannot read it as YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`${rel(file)} does not match its schema:\n${issues.join('\n')}`);
  }
  return result.data;
}

// The trees as the site loads them (the one content loader; it fails the file on any problem).
const trees = new Map<string, Troubleshooter>(realContent().troubleshooters.map(({ tree }) => [tree.id, tree]));
const pinFiles = new Map(yamlIds(PINS_DIR).map((id) => [id, load(join(PINS_DIR, `${id}.yaml`), pinFileSchema)]));

/**
 * The option ids of a reader's walk: at each step the engine says where the reader is, and the
 * label is looked up among the answers shown there.
 */
function optionIds(tree: Troubleshooter, answers: readonly string[]): string[] {
  const path: string[] = [];
  for (const label of answers) {
    const walked = answers.slice(0, path.length);
    const after = walked.length ? `after 「${walked.join(' → ')}」` : 'at the start';
    const at = resolve(tree, path);
    if (at.dropped.length) {
      throw new Error(`${tree.id}: the answer 「${walked.at(-1)}」 leads to no node; the engine stopped at 「${at.nodeId}」`);
    }
    if (!at.node.options) {
      throw new Error(`${tree.id}: ${after} the reader is already at outcome 「${at.nodeId}」; there is no question left to answer 「${label}」`);
    }
    const option = at.node.options.find((o) => o.label === label);
    if (!option) {
      const offered = at.node.options.map((o) => `「${o.label}」`).join('、');
      throw new Error(`${tree.id}: there is no answer 「${label}」 ${after}, at question 「${at.nodeId}」 (${at.node.question ?? ''}). The answers there are ${offered}`);
    }
    path.push(optionIdOf(option));
  }
  return path;
}

describe('pin files', () => {
  it('exist for every tree under content/troubleshooters', () => {
    const missing = [...trees.keys()].filter((id) => !pinFiles.has(id)).map((id) => `tests/troubleshooters/${id}.yaml`);
    expect(missing, `trees without pinned paths: ${missing.join(', ')}`).toEqual([]);
  });

  it('each pin a tree that exists, named in the file as in the file name', () => {
    for (const [id, pins] of pinFiles) {
      expect(trees.has(id), `tests/troubleshooters/${id}.yaml pins a tree that is not in content/troubleshooters`).toBe(true);
      expect(pins.tree, `tests/troubleshooters/${id}.yaml says tree: ${pins.tree}`).toBe(id);
    }
  });

  it('name their tree after its file', () => {
    for (const [id, tree] of trees) expect(tree.id, `content/troubleshooters/${id}.yaml`).toBe(id);
  });
});

describe.each([...trees.keys()])('%s', (id) => {
  const tree = trees.get(id)!;
  const pins: Pin[] = pinFiles.get(id)?.paths ?? [];
  const cases = pins.map((pin) => [pin.answers.join(' → '), pin] as const);

  if (cases.length) {
    it.each(cases)(`${id}: %s`, (_name, pin) => {
      const path = optionIds(tree, pin.answers);
      const at = resolve(tree, path);
      expect(at.dropped, 'answers the engine did not follow').toEqual([]);
      // Per wallet: where a reader of each of the tree's wallets is sent.
      const perWallet = (article: (wallet: string) => string | undefined) =>
        Object.fromEntries(tree.wallets.map((w) => [w, article(w)]).filter(([, a]) => a !== undefined));
      const pinned = pin.article;
      expect({ outcome: at.nodeId, kind: at.node.outcome, article: perWallet((w) => articleFor(at.node, w)) }).toEqual({
        outcome: pin.outcome,
        kind: pin.kind,
        article: perWallet((w) => (typeof pinned === 'string' ? pinned : pinned?.[w])),
      });
    });
  }

  it('pins a walk to every outcome', () => {
    const reached = new Set(pins.map((p) => p.outcome));
    const unpinned = Object.entries(tree.nodes).filter(([nodeId, node]) => isOutcome(node) && !reached.has(nodeId)).map(([nodeId]) => nodeId);
    expect(unpinned, `outcomes of ${id} that no path in tests/troubleshooters/${id}.yaml reaches`).toEqual([]);
  });

  it('pins a walk through every answer', () => {
    const used = new Set<string>();
    for (const pin of pins) {
      for (const step of resolve(tree, optionIds(tree, pin.answers)).steps) used.add(`${step.nodeId}/${step.optionId}`);
    }
    const unpinned = Object.entries(tree.nodes).flatMap(([nodeId, node]) =>
      (node.options ?? []).filter((o) => !used.has(`${nodeId}/${optionIdOf(o)}`)).map((o) => `「${o.label}」 at ${nodeId}`));
    expect(unpinned, `answers of ${id} that no path in tests/troubleshooters/${id}.yaml takes`).toEqual([]);
  });

  it('pins each walk once', () => {
    const walks = pins.map((p) => p.answers.join(' → '));
    expect(walks.filter((w, i) => walks.indexOf(w) !== i), 'walks pinned twice').toEqual([]);
  });
});
