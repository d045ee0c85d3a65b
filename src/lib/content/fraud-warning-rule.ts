/**
 * The handbook's safety rule, enforced rather than remembered: an article about refunds, money
 * that went missing, or trouble with an account is exactly where fake customer service strikes,
 * so it must show the fraud warning. The topic flag covers whole topics (联系客服, 投诉与维权,
 * 账户与安全, 防骗); this catches such articles filed under another topic without
 * `fraudWarning: true`.
 */

/** Words in a title that mark refund, missing-money or account-trouble articles. */
const RISKY_TITLE = /退款|退钱|退回|理赔|不到账|没到账|没收到|到账延迟|延迟到账|扣款|扣了钱|扣钱|付错|转错|重复支付|重复付款|被盗|盗用|冻结|账户异常|交易异常|申诉|注销|找回/;

/** The words that made the title risky, or undefined when it is not. */
export function riskyTitleWords(title: string): string | undefined {
  return RISKY_TITLE.exec(title)?.[0];
}
