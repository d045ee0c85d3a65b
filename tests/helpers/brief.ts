/**
 * The questions of the content brief, per wallet: the "Questions the sources answer" section lists
 * them as `wallet (NNN): question; question; …` paragraphs. The repository keeps its own copy
 * (docs/CONTENT-BRIEF.md) so a fresh clone tests without the team's shared/ folder; when that
 * folder sits beside the checkout, the coverage test also checks the copy is current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BRIEF_PATH = join(process.cwd(), 'docs', 'CONTENT-BRIEF.md');
export const SHARED_BRIEF_PATH = join(process.cwd(), '..', 'shared', 'CONTENT-BRIEF.md');

export function briefQuestions(path = BRIEF_PATH): Map<string, string[]> {
  if (!existsSync(path)) throw new Error(`找不到内容简报 ${path}。`);
  const text = readFileSync(path, 'utf8');
  const byWallet = sourceQuestions(text);
  for (const [wallet, questions] of addedQuestions(text)) byWallet.set(wallet, [...(byWallet.get(wallet) ?? []), ...questions]);
  return byWallet;
}

/** Revision sections list further questions as one bullet: `**Questions added** (…): general; general; 数字人民币: a, b; postal: a, b; …`. */
const WALLET_LABELS: Record<string, string> = { '数字人民币': 'pboc', postal: 'postal', people: 'people', repayment: 'repayment', general: 'general' };

function addedQuestions(text: string): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const m of text.matchAll(/\*\*Questions added\*\*[^:]*:\s*([\s\S]*?)(?=\n\s*\n|\n- |$)/g)) {
    const body = m[1]!.replace(/\s*\n\s*/g, ' ');
    // Before the first wallet label: questions for every wallet (the general section), split by ';'.
    const parts = body.split(new RegExp(`(?:^|;\\s*)(${Object.keys(WALLET_LABELS).join('|')}):`));
    const push = (wallet: string, items: string[]) => added.set(wallet, [...(added.get(wallet) ?? []), ...items.map((q) => q.trim().replace(/[.;]$/, '')).filter(Boolean)]);
    push('general', parts[0]!.split(';'));
    for (let i = 1; i < parts.length; i += 2) push(WALLET_LABELS[parts[i]!]!, parts[i + 1]!.split(/[,;]/));
  }
  return added;
}

function sourceQuestions(text: string): Map<string, string[]> {
  const section = text.split(/^## /m).find((s) => s.startsWith('Questions the sources answer'));
  if (!section) throw new Error('内容简报里没有 "Questions the sources answer" 一节。');
  const byWallet = new Map<string, string[]>();
  for (const paragraph of section.split(/\n\s*\n/)) {
    const m = /^([a-z]+) \(\d{3}\):\s*([\s\S]*)$/.exec(paragraph.trim());
    if (!m) continue;
    const questions = m[2]!.replace(/\s*\n\s*/g, ' ').split(';').map((q) => q.trim().replace(/\.$/, '')).filter(Boolean);
    byWallet.set(m[1]!, questions);
  }
  return byWallet;
}
