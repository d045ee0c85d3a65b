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
const RISKY_TITLE = /退款|退钱|退回|理赔|不到账|没到账|没收到|到账延迟|延迟到账|扣款|扣了钱|扣钱|付错|转错|重复支付|重复付款|被盗|盗用|冻结|账户异常|交易异常|申诉|注销|找回/;

/** The words that made the title risky, or undefined when it is not. */
export function riskyTitleWords(title: string): string | undefined {
  return RISKY_TITLE.exec(title)?.[0];
}
