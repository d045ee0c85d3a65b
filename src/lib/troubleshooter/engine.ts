/**
 * The troubleshooter engine: no framework, no DOM. The reader's state is the list of option ids
 * chosen so far (the "path"); everything else — the current node, the answers shown, the report —
 * is derived from the tree and that path. The same code runs at build time (static node pages)
 * and in the browser (the island).
 */
import type { Troubleshooter, TroubleshooterNode } from '../content/schemas';
import { isOutcome, optionIdOf } from './graph';

export type Path = readonly string[];

export interface AnsweredStep {
  nodeId: string;
  question: string;
  optionId: string;
  label: string;
}

export interface Position {
  /** The answers that are valid for this tree, in order. */
  steps: AnsweredStep[];
  /** The node the reader is at now: a question to answer or an outcome. */
  nodeId: string;
  node: TroubleshooterNode;
  /** The option ids of the path that led nowhere and were dropped (stale or mistyped URLs). */
  dropped: string[];
}

/** Walks the path from the start node, keeping the deepest valid prefix. */
export function resolve(tree: Troubleshooter, path: Path): Position {
  const steps: AnsweredStep[] = [];
  let nodeId = tree.start;
  let i = 0;
  for (; i < path.length; i++) {
    const node = tree.nodes[nodeId];
    const option = node?.options?.find((o) => optionIdOf(o) === path[i]);
    if (!node || !option || !tree.nodes[option.next]) break;
    steps.push({ nodeId, question: node.question ?? '', optionId: path[i]!, label: option.label });
    nodeId = option.next;
  }
  return { steps, nodeId, node: tree.nodes[nodeId]!, dropped: path.slice(i) };
}

/** The path after answering the current question with `optionId` (unchanged if it is not an option here). */
export function choose(tree: Troubleshooter, path: Path, optionId: string): string[] {
  const here = resolve(tree, path);
  const valid = here.steps.map((s) => s.optionId);
  return here.node.options?.some((o) => optionIdOf(o) === optionId) ? [...valid, optionId] : valid;
}

/** Changes the answer at `index`: earlier answers are kept, later ones dropped. */
export function changeAnswer(tree: Troubleshooter, path: Path, index: number, optionId: string): string[] {
  const kept = resolve(tree, path).steps.slice(0, index).map((s) => s.optionId);
  return choose(tree, kept, optionId);
}

/** One step back: the last answer is undone. */
export function back(tree: Troubleshooter, path: Path): string[] {
  return resolve(tree, path).steps.slice(0, -1).map((s) => s.optionId);
}

/** The path that reaches `index` answers in: what a "change this answer" link points to. */
export function pathTo(tree: Troubleshooter, path: Path, index: number): string[] {
  return resolve(tree, path).steps.slice(0, index).map((s) => s.optionId);
}

export const restart = (): string[] => [];

/** `a.b.c` — option ids are slugs, so a dot cannot clash with them. */
export function serializePath(path: Path): string {
  return path.join('.');
}

export function parsePath(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split('.').map((s) => s.trim()).filter((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s));
}

/** The query parameter that holds a tree's path: its own id, so several trees can share a page. */
export function pathParam(tree: Pick<Troubleshooter, 'id'>): string {
  return tree.id;
}

export function readPathFromUrl(tree: Pick<Troubleshooter, 'id'>, url: URL): string[] {
  return parsePath(url.searchParams.get(pathParam(tree)));
}

/** The same URL with this tree's path set (or removed when empty). Other parameters are kept. */
export function writePathToUrl(tree: Pick<Troubleshooter, 'id'>, url: URL, path: Path): URL {
  const next = new URL(url.href);
  if (path.length) next.searchParams.set(pathParam(tree), serializePath(path));
  else next.searchParams.delete(pathParam(tree));
  return next;
}

/**
 * The plain-text report a reader copies when contacting official support: which troubleshooter,
 * each question with the answer chosen (numbered), and where it ended.
 */
export function report(tree: Troubleshooter, path: Path, unknownAnswers?: string): string {
  const { steps, node } = resolve(tree, path);
  const lines = [`问题排查：${tree.title}`];
  // A page opened at this step by several possible routes cannot know the reader's answers: it says so (`unknownAnswers`) rather than guessing.
  if (unknownAnswers) lines.push(unknownAnswers);
  else steps.forEach((s, i) => lines.push(`${i + 1}. ${s.question} —— ${s.label}`));
  if (isOutcome(node)) lines.push(`结论：${node.title ?? ''}`);
  else if (node.question) lines.push(`（还没回答：${node.question}）`);
  return lines.join('\n');
}

/**
 * How many different answer paths lead from the start to each node (trees have no cycles: the
 * content check refuses them). A static page for a node with more than one cannot know which the
 * reader took, so it shows no answers at all rather than one the reader may not have given.
 */
export function pathCounts(tree: Troubleshooter): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (id: string, seen: Set<string>): number => {
    if (id === tree.start) return 1;
    const known = counts.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle: refused by the content check, never counted forever here
    seen.add(id);
    let total = 0;
    for (const [from, node] of Object.entries(tree.nodes)) {
      for (const option of node.options ?? []) if (option.next === id) total += count(from, seen);
    }
    seen.delete(id);
    counts.set(id, total);
    return total;
  };
  for (const id of Object.keys(tree.nodes)) count(id, new Set());
  return counts;
}

/**
 * For each node, the shortest answer path from the start (breadth-first). Static node pages use it
 * to show "how you got here" without JavaScript; a node reached by several paths shows the shortest.
 */
export function canonicalPaths(tree: Troubleshooter): Map<string, string[]> {
  const paths = new Map<string, string[]>([[tree.start, []]]);
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const option of tree.nodes[id]?.options ?? []) {
      if (paths.has(option.next)) continue;
      paths.set(option.next, [...paths.get(id)!, optionIdOf(option)]);
      queue.push(option.next);
    }
  }
  return paths;
}
