/**
 * Structural checks of a troubleshooter tree. A reader must always reach an answer: every option
 * leads somewhere, every node can be reached, no answer sends them round in a circle, and every
 * path ends in an outcome. Pure functions: the content checker maps problems to file and line.
 */
import type { Troubleshooter, TroubleshooterNode } from '../content/schemas';
import type { PathSegment } from '../content/yaml-source';

export interface TroubleshooterProblem {
  /** Path of the offending value inside the tree file, e.g. ['nodes', 'balance', 'options', 1, 'next']. */
  path: PathSegment[];
  message: string;
  fix: string;
}

/** The id of an answer as it appears in the URL path. */
export function optionIdOf(option: { id?: string | undefined; next: string }): string {
  return option.id ?? option.next;
}

export function isOutcome(node: TroubleshooterNode): boolean {
  return node.outcome !== undefined;
}

/** Every article an outcome names (one, or one per wallet). */
export function outcomeArticleIds(node: TroubleshooterNode): string[] {
  if (!node.article) return [];
  return typeof node.article === 'string' ? [node.article] : [...new Set(Object.values(node.article))];
}

/** The article for a reader of `wallet` (its own entry, else `default`); without a wallet, only a single shared article. */
export function articleFor(node: TroubleshooterNode, wallet?: string): string | undefined {
  if (!node.article || typeof node.article === 'string') return node.article;
  return (wallet && node.article[wallet]) || node.article.default;
}

export interface TroubleshooterRefs {
  articleExists(id: string): boolean;
  contactExists(id: string): boolean;
}

export function checkTroubleshooter(tree: Troubleshooter, refs: TroubleshooterRefs): TroubleshooterProblem[] {
  const problems: TroubleshooterProblem[] = [];
  const ids = Object.keys(tree.nodes);
  const known = (id: string) => Object.hasOwn(tree.nodes, id);

  if (!known(tree.start)) {
    problems.push({ path: ['start'], message: `起点「${tree.start}」不是 nodes 里的节点。`, fix: `把 start 改成已有的节点 id：${ids.join('、')}。` });
  }

  for (const [id, node] of Object.entries(tree.nodes)) {
    const at = (...rest: PathSegment[]) => ['nodes', id, ...rest];
    const asks = node.question !== undefined || node.options !== undefined;
    if (asks && isOutcome(node)) {
      problems.push({ path: at('outcome'), message: `节点「${id}」既是问题又是结果。`, fix: '问题节点只写 question 和 options；结果节点只写 outcome、title 和内容。' });
    } else if (!asks && !isOutcome(node)) {
      problems.push({ path: at(), message: `路径在节点「${id}」断了：它既没有选项，也没有结果。`, fix: '给它加上 question 和 options，或者写 outcome: fix / contact-official / fraud-alert。' });
    } else if (asks && (!node.question || !node.options)) {
      problems.push({ path: at(node.question ? 'options' : 'question'), message: `问题节点「${id}」缺少${node.question ? ' options' : ' question'}。`, fix: '问题节点要同时写 question（问题）和 options（至少两个选项）。' });
    }
    const seenOptionIds = new Set<string>();
    node.options?.forEach((option, i) => {
      const optionId = optionIdOf(option);
      if (seenOptionIds.has(optionId)) {
        problems.push({ path: at('options', i), message: `节点「${id}」有两个选项的 id 都是「${optionId}」（没写 id 时用 next）。`, fix: '给其中一个选项加上不同的 id，例如 id: not-sure。' });
      }
      seenOptionIds.add(optionId);
      if (!known(option.next)) {
        problems.push({ path: at('options', i, 'next'), message: `选项「${option.label}」指向不存在的节点「${option.next}」。`, fix: `改成已有的节点 id（${ids.join('、')}），或者新增节点「${option.next}」。` });
      }
    });
    if (isOutcome(node)) {
      if (!node.title) problems.push({ path: at('title'), message: `结果节点「${id}」没有标题。`, fix: '写一个 title，告诉读者结论，例如「先充值或换一种付款方式」。' });
      if (node.outcome === 'fix' && !node.article && !node.steps?.length) {
        problems.push({ path: at('outcome'), message: `结果节点「${id}」是 fix，但没有步骤也没有文章。`, fix: '加上 steps（简短步骤）或 article（完整文章，写成 钱包/文件名）。' });
      }
      if (node.outcome === 'fraud-alert' && !node.contacts?.length) {
        problems.push({ path: at('contacts'), message: `防骗结果「${id}」没有给出求助电话。`, fix: '在 contacts 里列出 antifraud-hotline 和（已经被骗时）police。' });
      }
      if (node.outcome === 'contact-official' && !node.prepare?.length) {
        problems.push({ path: at('prepare'), message: `结果节点「${id}」让读者联系官方，但没说要准备什么。`, fix: '在 prepare 里列出联系前要准备的东西，例如时间、金额、交易单号、截图。' });
      }
    }
    if (typeof node.article === 'string' && !refs.articleExists(node.article)) {
      problems.push({ path: at('article'), message: `文章「${node.article}」不存在。`, fix: '写成 钱包/文件名，对应 content/articles/ 下已有的文件，例如 postal/top-up。' });
    } else if (node.article && typeof node.article === 'object') {
      for (const [wallet, article] of Object.entries(node.article)) {
        if (wallet !== 'default' && !tree.wallets.includes(wallet)) {
          problems.push({ path: at('article', wallet), message: `「${wallet}」不是这个排查向导的钱包。`, fix: `键只能是 wallets 里的钱包（${tree.wallets.join('、')}）或 default。` });
        }
        if (!refs.articleExists(article)) {
          problems.push({ path: at('article', wallet), message: `文章「${article}」不存在。`, fix: '写成 钱包/文件名，对应 content/articles/ 下已有的文件。' });
        }
      }
      const missing = tree.wallets.filter((w) => !node.article || typeof node.article === 'string' || (!node.article[w] && !node.article.default));
      if (missing.length > 0) {
        problems.push({ path: at('article'), message: `结果「${id}」没有给 ${missing.join('、')} 的读者指文章。`, fix: '给这些钱包各写一篇，或者加一个 default。' });
      }
    }
    node.contacts?.forEach((contact, i) => {
      if (!refs.contactExists(contact)) {
        problems.push({ path: at('contacts', i), message: `联系方式「${contact}」不在登记表里。`, fix: '用 content/contacts.yaml 里已有的 id；新的联系方式要先带官方来源登记。' });
      }
    });
  }

  if (known(tree.start)) {
    problems.push(...unreachable(tree), ...cycles(tree));
  }
  return problems;
}

/** The nodes a reader can reach from the start. */
export function reachableNodes(tree: Troubleshooter): Set<string> {
  const seen = new Set<string>();
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || !tree.nodes[id]) continue;
    seen.add(id);
    for (const o of tree.nodes[id]!.options ?? []) queue.push(o.next);
  }
  return seen;
}

function unreachable(tree: Troubleshooter): TroubleshooterProblem[] {
  const seen = reachableNodes(tree);
  return Object.keys(tree.nodes)
    .filter((id) => !seen.has(id))
    .map((id) => ({ path: ['nodes', id], message: `从起点「${tree.start}」走不到节点「${id}」。`, fix: '让某个选项的 next 指向它，或者删掉这个节点。' }));
}

function cycles(tree: Troubleshooter): TroubleshooterProblem[] {
  const state = new Map<string, 'open' | 'done'>();
  const problems: TroubleshooterProblem[] = [];
  const visit = (id: string, trail: string[]) => {
    const node = tree.nodes[id];
    if (!node || state.get(id) === 'done') return;
    state.set(id, 'open');
    node.options?.forEach((option, i) => {
      if (state.get(option.next) === 'open') {
        const from = trail.indexOf(option.next);
        const loop = from === -1 ? [id, option.next] : [...trail.slice(from), id, option.next];
        problems.push({
          path: ['nodes', id, 'options', i, 'next'],
          message: `选项「${option.label}」让读者绕回前面的问题：${loop.join(' → ')}。`,
          fix: '每一步都要往前走：把 next 改成新的问题或结果节点。',
        });
      } else {
        visit(option.next, [...trail, id]);
      }
    });
    state.set(id, 'done');
  };
  visit(tree.start, []);
  return problems;
}
