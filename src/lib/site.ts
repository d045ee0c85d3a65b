/** Site-wide constants shown to readers. */
export const SITE_NAME = '数字钱包自助手册';
export const SITE_TAGLINE = '独立的数字钱包自助指南';
/** The sentence that appears on every page: we are not any wallet's customer service. */
export const INDEPENDENCE_NOTICE =
  '本手册由独立编辑团队整理，不是任何钱包、银行或支付机构的官方客服，也不会主动联系你。遇到涉及资金的问题，请通过官方App或官网联系官方客服。';

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
