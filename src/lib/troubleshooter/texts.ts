/**
 * Every fixed sentence the troubleshooter widget shows. They reach the island as props (page HTML)
 * rather than being bundled into its JavaScript, which has a 12 KB budget; and editors find the
 * wording in one place.
 */
export const TROUBLESHOOTER_TEXTS = {
  answers: '你的回答',
  change: '修改',
  changeLabel: '修改第{n}个回答：{q}',
  chooseOne: '选择一个回答',
  back: '上一步',
  restart: '重新开始',
  announceQuestion: '第{n}个问题：{q}',
  announceOutcome: '结论：{t}',
  kinds: { fix: '可以自己解决', 'contact-official': '需要联系官方', 'fraud-alert': '停下：疑似诈骗' },
  fraudStop: [
    '不要转账，也不要把钱转到任何「安全账户」；',
    '不要说出或输入验证码、密码，不要开屏幕共享；',
    '立刻挂断电话、退出聊天，再自己从官方App或官网核实。',
  ],
  firstHour: '已经转了钱、给了验证码或装了对方的App：',
  findOfficial: '怎样找到官方客服：打开你自己安装的官方App，在「我的」「设置」或「帮助中心」里找客服入口；不要用搜索结果、短信或来电里给的号码。',
  more: '更多说明',
  fullArticle: '完整说明：',
  articleHere: '完整说明就在本页正文里。',
  perWallet: '按你用的钱包看完整说明：',
  officialChannels: '官方渠道',
  helpChannels: '需要帮助时',
  prepare: '联系之前准备好',
  answersUnknown: '（前面几步的回答这一页不知道：需要时请自己写上。）',
  reportLabel: '你的排查记录（可复制给官方客服）',
  copy: '复制记录',
  copied: '已复制',
  copyFailed: '无法自动复制，请手动选中上面的文字复制',
  reportNote: '记录里没有任何账号、密码或验证码，也不要把这些信息发给任何人。',
};

export type TroubleshooterTexts = typeof TROUBLESHOOTER_TEXTS;

/** Fills {n}, {q}, {t} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));
}
