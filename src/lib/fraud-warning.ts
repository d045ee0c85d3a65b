/**
 * The fake-customer-service warning: which articles show it, and the safety rule that an article
 * about refunds, money that went missing or account trouble must be one of them (that is exactly
 * where fake customer service strikes). The topic flag covers whole topics (联系客服, 投诉与维权,
 * 账户与安全, 防骗); the title rule catches such articles filed under another topic.
 */

/** Whether an article must show the fake-customer-service warning. */
export function needsFraudWarning(article: { fraudWarning: boolean }, topic: { fraudWarning: boolean } | undefined): boolean {
  return article.fraudWarning || Boolean(topic?.fraudWarning);
}

/** Words in a title that mark refund, missing-money or account-trouble articles. */
export const RISKY_TITLE_WORDS = [
  '退款', '退钱', '退回', '理赔', '赔偿', '不到账', '没到账', '未到账', '没收到', '到账延迟', '延迟到账', '扣款', '扣了钱', '扣钱',
  '付错', '转错', '重复支付', '重复付款', '被盗', '盗用', '被封', '封号', '冻结', '账户异常', '账号异常', '交易异常', '申诉', '注销', '找回',
] as const;

/**
 * The search synonyms whose article word (`means`) is one of these concepts: every way readers say
 * them (content/search-synonyms.yaml) makes a title risky too, so the rule and search share one
 * vocabulary and an editor who adds a reader's wording for missing money extends both.
 */
const RISKY_MEANINGS = new Set<string>([...RISKY_TITLE_WORDS, '到账', '重复', '盗用', '注销', '冻结']);

export interface SynonymEntry {
  say: readonly string[];
  means: string;
}

/** The words that made the title risky, or undefined when it is not. */
export function riskyTitleWords(title: string, synonyms: readonly SynonymEntry[] = []): string | undefined {
  const vocabulary = [...RISKY_TITLE_WORDS, ...synonyms.filter((s) => RISKY_MEANINGS.has(s.means)).flatMap((s) => s.say)];
  const lower = title.toLowerCase();
  // The word that comes first in the title, as the editor reads it.
  let first: { word: string; at: number } | undefined;
  for (const word of vocabulary) {
    const at = word ? lower.indexOf(word.toLowerCase()) : -1;
    if (at !== -1 && (!first || at < first.at || (at === first.at && word.length > first.word.length))) first = { word, at };
  }
  return first?.word;
}
