/**
 * The contact detector against text written the way scam messages and careless editors write it.
 * Each disguised line marks the contact with ⟦…⟧; the detector must report something that
 * overlaps the mark. Each ordinary line must produce no finding at all.
 */
import { describe, expect, it } from 'vitest';
import { findRawContacts, normalizeContactValue } from '../../src/lib/safety/contact-detector';
import { lineAt } from '../../src/build/content-check/rules/lines';
import { normalizeForDetection } from '../../src/lib/safety/normalize';

/** '拨打 ⟦95588⟧' → the text without marks and the marked span. */
function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  if (start < 0 || end < start) throw new Error(`no ⟦contact⟧ in ${marked}`);
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end };
}

// (a) Disguised contacts. Written by hand from scam SMS, fake "customer service" posts and
// careless copy-paste; grouped by disguise only to make gaps visible.
const DISGUISED: Array<[string, string]> = [
  // full-width digits, letters and punctuation
  ['full-width', '客服热线：⟦４００－８８８－１２３４⟧'],
  ['full-width', '银行客服⟦９５５８８⟧，二十四小时有人接听'],
  ['full-width', '退款专员手机⟦１３８１２３４５６７８⟧，请尽快联系'],
  ['full-width', '如有疑问请致电⟦０１０－８８８８６６６６⟧。'],
  ['full-width', '接到陌生来电请拨打⟦９６１１０⟧核实'],
  ['full-width', '官方热线⟦８００－８２０－８８２０⟧（免费）'],
  ['full-width', '联系人王经理 ⟦１５９ ８８８８ ６６６６⟧'],
  ['full-width', '客服ＱＱ：⟦８８６６５５４４⟧'],
  ['full-width', '有问题加ＶＸ：⟦ｋｅｆｕ８８８⟧'],
  ['full-width', '请登陆 ⟦ＷＷＷ．ｋｅｆｕ．ｃｏｍ⟧'],
  ['full-width', '退款入口：⟦ｈｔｔｐｓ：／／ｋｅｆｕ．ｓｈｏｐ／ｒｅｆｕｎｄ⟧'],
  ['full-width', '邮箱：⟦ｋｅｆｕ＠ｗａｌｌｅｔ．ｃｎ⟧'],
  ['full-width', '登录⟦ｐａｙ－ｋｅｆｕ．ｔｏｐ⟧办理退款'],
  ['full-width', '热线（⟦９５５８０⟧）'],
  // digits split by spaces
  ['spaces', '拨打 ⟦955 80⟧ 咨询'],
  ['spaces', '客服电话 ⟦9 5 5 8 8⟧'],
  ['spaces', '⟦138 1234 5678⟧ 是我们的理赔专线'],
  ['spaces', '⟦1381 234 5678⟧ 王专员'],
  ['spaces', '电话⟦400 820 1234⟧'],
  ['spaces', '⟦400 1234 567⟧ 转 2 号键'],
  ['spaces', '热线 ⟦96 110⟧'],
  ['spaces', '⟦12 315⟧ 投诉没用，打我们的专线'],
  ['spaces', '客服⟦95 5 88⟧'],
  ['spaces', '全国统一号码 ⟦955　88⟧'],
  // every kind of dash
  ['dashes', '⟦400–123–4567⟧（工作日）'],
  ['dashes', '客服⟦400—123—4567⟧'],
  ['dashes', '手机⟦138‐1234‐5678⟧'],
  ['dashes', '手机⟦138‑1234‑5678⟧'],
  ['dashes', '座机⟦010‒87654321⟧'],
  ['dashes', '深圳办事处⟦0755―88886666⟧'],
  ['dashes', '热线⟦400−888−9999⟧'],
  ['dashes', '热线⟦400﹣666﹣8888⟧'],
  ['dashes', '联系⟦139－8888－6666⟧'],
  ['dashes', '客服⟦955-88⟧'],
  ['dashes', '客服 ⟦9-5-5-8-8⟧'],
  ['dashes', '免费电话⟦800 – 820 – 1234⟧'],
  ['dashes', '上海总部⟦021 — 6666 8888⟧'],
  ['dashes', '客服⟦400ー888ー1234⟧'],
  // invisible characters
  ['zero-width', '客服⟦955\u200b88⟧'],
  ['zero-width', '手机⟦138\u200c1234\u200d5678⟧'],
  ['zero-width', '⟦400\u2060820\u20601234⟧'],
  ['zero-width', '反诈⟦96\ufeff110⟧'],
  ['zero-width', '热线⟦9\u00ad5\u00ad5\u00ad8\u00ad8⟧'],
  ['zero-width', '微\u200b信：⟦kefu_2026⟧'],
  ['zero-width', '邮箱⟦kefu\u200b@wallet.cn⟧'],
  ['zero-width', '登录⟦kefu-wallet\u200b.shop⟧'],
  ['zero-width', '⟦w\u200bw\u200bw.kefu.com⟧'],
  ['zero-width', '访问 ⟦ht\u200btps://kefu.shop⟧'],
  ['zero-width', '客服⟦1\u200e3\u200e8\u200e1234\u200e5678⟧'],
  // numbers written in Chinese
  ['chinese numerals', '拨打 ⟦九五五八八⟧'],
  ['chinese numerals', '反诈中心⟦九六一一零⟧会联系你'],
  ['chinese numerals', '客服电话⟦幺三八幺二三四五六七八⟧'],
  ['chinese numerals', '请拨⟦四零零八二零一二三四⟧'],
  ['chinese numerals', '直接打⟦幺幺零⟧没用'],
  ['chinese numerals', '⟦玖伍伍捌捌⟧人工客服'],
  ['chinese numerals', '手机⟦一三九八八八八六六六六⟧'],
  ['chinese numerals', '客服⟦九五五 八八⟧'],
  ['chinese numerals', '客服⟦955八八⟧'],
  ['chinese numerals', '座机⟦零一零 八八八八六六六六⟧'],
  ['chinese numerals', '⟦壹贰叁壹伍⟧投诉'],
  ['chinese numerals', '报警电话⟦一一零⟧'],
  ['chinese numerals', '热线⟦四〇〇－八二〇－一二三四⟧'],
  ['chinese numerals', '加扣扣⟦八八六六五五四四⟧'],
  // landlines
  ['landline', '⟦010-1234-5678⟧'],
  ['landline', '总部电话⟦010 1234 5678⟧'],
  ['landline', '客服⟦(010)12345678⟧'],
  ['landline', '客服⟦（021）6666 8888⟧'],
  ['landline', '⟦0755-88886666⟧'],
  ['landline', '杭州客服中心 ⟦0571 8765 4321⟧'],
  ['landline', '⟦020-8888-6666⟧ 转 801'],
  ['landline', '国际来电请拨 ⟦+86 10 8888 6666⟧'],
  ['landline', '⟦0086-21-66668888⟧'],
  ['landline', '座机⟦01088886666⟧'],
  ['landline', '⟦(0755) 8888-6666⟧'],
  // mobile numbers with prefixes and separators
  ['mobile', '⟦+86 138-1234-5678⟧'],
  ['mobile', '⟦+8613812345678⟧'],
  ['mobile', '⟦0086 139 8888 6666⟧'],
  ['mobile', '⟦(+86)15012345678⟧'],
  ['mobile', '⟦86-18612345678⟧'],
  ['mobile', '⟦138.1234.5678⟧'],
  ['mobile', '理赔专员 ⟦177 0000 1111⟧'],
  ['mobile', '短信回复至⟦106 9000 1234⟧'],
  ['mobile', '手机号⟦19912345678⟧'],
  ['mobile', 'Tel:⟦13912345678⟧'],
  // 400 / 800
  ['400/800', '⟦4008201234⟧'],
  ['400/800', '⟦400-12-34567⟧'],
  ['400/800', '⟦400 6 888 999⟧'],
  ['400/800', '⟦800-8208-820⟧'],
  ['400/800', '⟦400.888.1234⟧'],
  // service numbers and other long digit runs
  ['service number', '⟦95580⟧'],
  ['service number', '⟦95599⟧ 农行客服'],
  ['service number', '⟦96110⟧'],
  ['service number', '⟦12315⟧'],
  ['service number', '⟦12345⟧ 政务热线'],
  ['service number', '拨打⟦12363⟧'],
  ['service number', '⟦12378⟧银行保险消费者投诉'],
  ['service number', '⟦95105888⟧'],
  ['service number', '移动客服⟦10086⟧'],
  ['service number', '⟦95017⟧转3'],
  ['service number', '⟦95588⟧人工客服'],
  ['service number', '客服热线 ⟦95588⟧ 转 0'],
  ['digit run', '订单异常请联系专员⟦88886666⟧'],
  ['digit run', '工号⟦100233⟧的客服会联系你'],
  ['digit run', '群号⟦736281945⟧'],
  // emergency numbers
  ['emergency', '打 ⟦110⟧ 报警'],
  ['emergency', '火警⟦119⟧'],
  ['emergency', '急救请拨⟦120⟧'],
  ['emergency', '交通事故报⟦122⟧'],
  // WeChat and QQ ids
  ['wechat/qq', '加微信号⟦wallet_kefu⟧咨询'],
  ['wechat/qq', '薇信：⟦wallet_kefu⟧'],
  ['wechat/qq', '添加薇信 ⟦kefu_88⟧ 领取退款'],
  ['wechat/qq', '威信：⟦refund2026⟧'],
  ['wechat/qq', '徽信号 ⟦kf-wallet⟧'],
  ['wechat/qq', 'V信⟦kefu666⟧'],
  ['wechat/qq', '加vx：⟦kefu_001⟧'],
  ['wechat/qq', 'VX ⟦tuikuan88⟧ 备注退款'],
  ['wechat/qq', 'wx：⟦wallet-help⟧'],
  ['wechat/qq', 'weixin: ⟦kefu_wallet⟧'],
  ['wechat/qq', 'WeChat ID: ⟦walletservice⟧'],
  ['wechat/qq', 'QQ ⟦12345678⟧'],
  ['wechat/qq', '扣扣群⟦123456⟧'],
  ['wechat/qq', '企鹅号：⟦88886666⟧'],
  ['wechat/qq', 'qq号⟦987654321⟧'],
  ['wechat/qq', '加我微信⟦kefu_2026⟧'],
  ['wechat/qq', '微信公众号：⟦wallet_service⟧'],
  ['wechat/qq', '客服微信是⟦tk_refund⟧'],
  ['wechat/qq', 'ＱＱ群：⟦55667788⟧'],
  ['wechat/qq', '薇信号码⟦kefu2026⟧'],
  ['wechat/qq', 'vx⟦13812345678⟧'],
  ['wechat/qq', '加Ｖ信⟦wallet_88⟧'],
  ['wechat/qq', '加 wx ⟦kefu_tk⟧ 备注姓名'],
  ['wechat/qq', '微信搜索⟦refundhelp⟧'],
  ['wechat/qq', '微信/vx：⟦kefu_tk88⟧'],
  // e-mail, including spelt-out forms
  ['e-mail', '联系邮箱 ⟦kefu(at)wallet(dot)cn⟧'],
  ['e-mail', '⟦kefu[at]wallet[dot]com⟧'],
  ['e-mail', '⟦kefu（at）wallet（dot）cn⟧'],
  ['e-mail', '⟦kefu艾特wallet点cn⟧'],
  ['e-mail', '⟦kefu at wallet dot cn⟧'],
  ['e-mail', '⟦kefu @ wallet.cn⟧'],
  ['e-mail', '⟦kefu＠wallet．com⟧'],
  ['e-mail', '⟦refund{at}kefu{dot}cn⟧'],
  ['e-mail', '⟦kefu(AT)163(DOT)com⟧'],
  ['e-mail', '⟦help@wallet-kefu.shop⟧'],
  ['e-mail', '⟦123456789@qq.com⟧'],
  ['e-mail', '⟦kefu@163。com⟧'],
  ['e-mail', '⟦kefu [at] wallet [.] cn⟧'],
  ['e-mail', '材料发送至⟦kefu(at)wallet.cn⟧'],
  // addresses in every form
  ['url', '⟦kefu[.]com⟧'],
  ['url', '⟦ｋｅｆｕ．ｃｏｍ⟧'],
  ['url', '官网⟦HTTPS://kefu.shop/x⟧'],
  ['url', '⟦Http://Kefu-Wallet.com⟧'],
  ['url', '[官方客服](⟦//kefu.shop/⟧)'],
  ['url', '<a href="⟦//evil.example.shop/⟧">官方客服</a>'],
  ['url', '[1]: ⟦//kefu.shop/⟧'],
  ['url', '<meta http-equiv="refresh" content="2;url=⟦//kefu.shop/⟧" />'],
  ['url', '⟦//10.1.2.3/kefu⟧'],
  ['url', '⟦http://10.1.2.3:8080/refund⟧'],
  ['url', '访问⟦192.168.1.100⟧登录'],
  ['url', '登录 ⟦kefu-wallet.shop⟧'],
  ['url', '⟦pay.online⟧ 退款通道'],
  ['url', '打开⟦x.top⟧'],
  ['url', '⟦refund.vip⟧'],
  ['url', '⟦kefu.xyz⟧ 在线客服'],
  ['url', '⟦wallet-help.cc⟧'],
  ['url', '网址：⟦kefu点com⟧'],
  ['url', '⟦kefu(dot)shop⟧'],
  ['url', '⟦www.kefu-wallet.cn⟧'],
  ['url', '⟦WWW.KEFU.COM⟧'],
  ['url', '⟦kefu.com.cn/refund⟧'],
  ['url', '⟦hxxps://kefu.shop⟧'],
  ['url', '⟦kefu。shop⟧'],
  ['url', '⟦wallet.kefu.app⟧'],
  ['url', '⟦ftp://files.kefu.cn⟧'],
  ['url', '⟦weixin://dl/chat?kefu⟧'],
  ['url', '[点击退款](⟦https://kefu.shop/r?id=1⟧)'],
  ['url', '扫码或访问⟦kefu.wallet⟧'],
  ['url', '⟦KEFU-WALLET.NET⟧'],
  ['url', '<iframe src="⟦//kefu.shop/chat⟧"></iframe>'],
  ['url', '⟦12306.cn⟧'],
  ['url', '短链 ⟦t.cn/A6x9Kq⟧'],
  ['url', '用 ⟦ｗｗｗ．ｋｅｆｕ－ｗａｌｌｅｔ．ｓｈｏｐ⟧ 在线办理'],
  ['url', '<a href="⟦https://kefu.shop⟧">'],
  ['url', '[官网][1]\n\n[1]: ⟦https://kefu.shop/⟧'],
  // Markdown/MDX that renders as a contact although the source does not show one
  ['markup', '客服⟦9&#53;588⟧'],
  ['markup', '官网⟦kefu&#46;shop⟧'],
  ['markup', '客服⟦955**88**⟧'],
  ['markup', '客服⟦9**55**88⟧'],
  ['markup', '客服⟦955{""}88⟧'],
  ['markup', '客服⟦955{/* 备注 */}88⟧'],
  ['markup', '客服⟦95<b>58</b>8⟧'],
  ['markup', '官网⟦kefu\\.shop⟧'],
  ['markup', '客服⟦138`1234`5678⟧'],
  // slang and typos people use on purpose
  ['slang', '加绿泡泡：⟦kefu88⟧'],
  ['slang', 'V❤：⟦refund_01⟧'],
  ['slang', '微 信：⟦kefu_88⟧'],
  ['slang', '打开⟦https//kefu.shop⟧'],
  ['slang', '打开⟦https:/kefu.shop⟧'],
  ['slang', '官网⟦kefu.中国⟧'],
  ['slang', '访问⟦kefu.公司⟧了解'],
  ['slang', '网址：⟦kefu 点 shop⟧'],
  ['slang', '客服 ⟦9️⃣5️⃣5️⃣8️⃣8️⃣⟧'],
  ['slang', '客服 ⟦٩٥٥٨٨⟧'],
  ['slang', '官网 ⟦k̲e̲f̲u̲.s̲h̲o̲p̲⟧'],
  // several disguises at once
  ['mixed', '客服电话：⟦400‐888‐1234⟧转人工'],
  ['mixed', '请联系⟦一三八 一二三四 五六七八⟧'],
  ['mixed', '全天候热线⟦9５5\u20608８⟧'],
  ['mixed', '用 ⟦ＨＴＴＰ：／／１０．１．２．３⟧'],
  ['mixed', '加薇\u200b信：⟦ｋｅｆｕ＿８８⟧'],
  ['mixed', '⟦ｋｅｆｕ（ａｔ）ｗａｌｌｅｔ．ｃｎ⟧'],
];

// (b) Ordinary handbook sentences with numbers, Latin words and references: no finding allowed.
const ORDINARY: string[] = [
  '单笔限额 5000 元，每日累计不超过 50000 元。',
  '手续费为交易金额的 0.6%。',
  '退款一般在 3–5 个工作日内到账。',
  '支付密码为 6-8 位数字。',
  '2026-11-22 起执行新的限额规定。',
  '本文 2026年11月22日更新。',
  '请在11月22日前完成实名认证。',
  '客服工作时间 9:00-18:00。',
  '24小时内会收到短信通知。',
  '第3步：输入支付密码。',
  '1. 打开App\n2. 点击「我的」\n3. 选择「设置」',
  '支持 e-CNY、NFC 和 Wi-Fi 环境下使用。',
  'DCEP 即数字人民币。',
  'SIM 卡硬钱包也能离线支付。',
  '插入 U盾 后按提示操作。',
  '5G 网络下加载更快。',
  '2022年北京冬奥会期间开始试点。',
  '余额超过 1,000.50 元时会提醒。',
  '¥5000 以下可以免密支付。',
  '最高可借 5万元。',
  '还款日前 3 天会提醒。',
  '请在 30 分钟内完成支付。',
  '逾期超过 90 天会影响征信。',
  '年化利率不超过 24%。',
  '验证码 60 秒内有效。',
  '每天最多转账 20 笔。',
  '单日限额 50000 元。',
  '10000 元以上需要人脸识别。',
  '人民币 20000 元以内的转账即时到账。',
  '查看 [如何联系官方客服](/general/contact-official/)。',
  '见[邮政钱包充值](/postal/top-up/)。',
  '[文字](/pboc/x/)',
  '<ContactCard id="antifraud-hotline" />',
  '<Contact id="police" />',
  '<ContactCard id="12315" />',
  '<ArticleLink to="general/wallet.shop" />',
  '<ArticleLink to="postal/top-up" />',
  '<Callout type="fraud">',
  '<Troubleshooter id="payment-failed" />',
  '文件名写成 forgot-password.mdx。',
  '配置在 content/wallets.yaml 里。',
  '组件写在 src/components/mdx/Callout.astro 和 rules.ts 里。',
  '用一两句话说明问题。',
  '三个工作日内回复。',
  '第一步先冻结账户。',
  '两三天后再试一次。',
  '一一核对交易记录。',
  '下午3点30分前提交。',
  '适用于 2026-2027 年度。',
  '一般 3~5 天处理完。',
  '额度在 1000-5000 之间。',
  '需要 App 版本 1.2.0 以上。',
  '升级到 6.10.2 版即可。',
  '下载App。NFC功能需要在设置里打开。',
  '在 App 里找到「客服」入口。',
  '核对身份证号后 4 位。',
  '银行卡尾号 1234 的那张卡。',
  '验证码是 6 位数字，不要告诉任何人。',
  '有 95% 的问题可以在 App 里自助解决。',
  '年满 18 周岁才能开通。',
  '2026 年 11 月开始。',
  '最快 2 小时到账。',
  '大约 1.5 个工作日。',
  '一般要等待 15-30 分钟。',
  '每月 1 日出账单。',
  'reviewed: 2026-11-22',
  '输错 5 次会锁定 24 小时。',
  '微信支付和支付宝都可以绑定。',
  '别相信自称微信客服的人。',
  'QQ 钱包不是数字人民币钱包。',
  '在微信里搜不到官方客服。',
  '扣款失败请看下一步。',
  '同一笔订单被重复扣款两次。',
  '点击「确认」后等待 10 秒。',
  '1.5 万元以下不需要审核。',
  '服务费 0.1%。',
  '见协议第 12 条。',
  '2026/11/22 之后申请。',
  '数字人民币 App 2.0 版本上线了硬钱包。',
  'iOS 17 和 Android 14 都支持。',
  '交易时间为 2026-11-22 10:30:15。',
  '到账金额 12,345.67 元。',
  '￥1,200 的订单已退款。',
  '编号为 A1 的网点。',
  '支付时提示「交易失败（错误码 E102）」。',
  '充值 100 元后未到账。',
  '首次充值满 50 元送 5 元。',
  '从第 1 步做到第 3 步。',
  '查看近 30 天的交易记录。',
  '每笔收取 0.01 元。',
  '打开 Wi-Fi 或 5G 网络。',
  '这一步大约需要 1~2 分钟。',
  '正文里写 e-CNY，不要写成 E-CNY。',
  '一般 7×24 小时在线。',
  '见用户协议第 3.2 条。',
  '《个人信息保护法》第 45 条。',
  '2025—2026 年度的账单。',
  '2025-26 赛季的活动已结束。',
  '<Steps>\n\n1. 打开数字人民币App\n2. 点击钱包\n\n</Steps>',
  '转账超过 5 万元需要二次确认。',
  '前 100 名用户有奖励。',
  '每年 12 月 31 日前完成年检。',
  '满 120 元减 20 元。',
  '页面加载耗时 110 毫秒。',
  '10:30 到 11:00 之间系统维护。',
  '最多绑定 10 张银行卡。',
  '近三个月的流水。',
  '威信扫地的客服不会主动打电话。',
  '点击 App 右上角的「…」。',
  '图示见 ![截图](/favicon.svg)。',
  '适用 Android 8.0 及以上。',
  '每次最多提现 49,999 元。',
  '验证码已发送至 138****5678。',
  '安装包名为 ecny-release.apk，不要从网盘下载。',
  '拼音 shù zì rén mín bì。',
  '卡号 6222 **** **** 1234 的交易。',
  '1. 2. 3. 4. 5. 依次完成。',
  '标点按 GB/T 15834 执行。',
  'TV信号不好时先别付款。',
  '打开nfc。app会提示靠近。',
  '请打开App。Android 用户也一样。',
  '50000 RMB 以内。',
  '微信 8.0.50 版本以上。',
  'WeChat Wallet 与数字人民币不同。',
  '**注意**：不要向任何人转账。',
  '在 `App` 里操作。',
  '{/* 编辑备注：第 3 步待核对 */}',
  '账户冻结期间，1-2 个工作日内解冻。',
];

const overlapping = (text: string, start: number, end: number) =>
  findRawContacts(text).filter((c) => c.index <= end && c.index + c.value.length > start);

describe('disguised contacts are found', () => {
  it('has a corpus big enough to mean something', () => {
    expect(DISGUISED.length).toBeGreaterThanOrEqual(160);
    expect(new Set(DISGUISED.map(([, t]) => t)).size).toBe(DISGUISED.length);
  });

  it.each(DISGUISED)('%s: %s', (_kind, marked) => {
    const { text, start, end } = unmark(marked);
    expect(overlapping(text, start, end), JSON.stringify(findRawContacts(text))).not.toEqual([]);
  });
});

describe('ordinary sentences pass', () => {
  it('has a corpus big enough to mean something', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ORDINARY).size).toBe(ORDINARY.length);
  });

  it.each(ORDINARY)('%s', (text) => {
    expect(findRawContacts(text)).toEqual([]);
  });
});

describe('findings point into the original text', () => {
  it.each([
    ['客服热线：４００－８８８－１２３４，转人工', '４００－８８８－１２３４'],
    ['拨打 九五五八八 咨询', '九五五八八'],
    ['客服955\u200b88转人工', '955\u200b88'],
    ['联系邮箱 kefu(at)wallet(dot)cn 即可', 'kefu(at)wallet(dot)cn'],
    ['请登陆 ＷＷＷ．ｋｅｆｕ．ｃｏｍ 办理', 'ＷＷＷ．ｋｅｆｕ．ｃｏｍ'],
    ['添加薇信 kefu_88 领取退款', '薇信 kefu_88'],
    ['第一行\n第二行 [客服](//kefu.shop/) 第二行', '//kefu.shop/'],
    ['加vx：kefu_001', 'vx：kefu_001'],
  ])('「%s」 → 「%s」', (text, value) => {
    const found = findRawContacts(text);
    expect(found.map((c) => c.value)).toEqual([value]);
    expect(text.slice(found[0]!.index).startsWith(found[0]!.value)).toBe(true);
  });

  it('reports the line as written', () => {
    const text = '---\ntitle: x\n---\n\n第一段。\n\n请拨打 ９５\u200b５８８。';
    const [found] = findRawContacts(text);
    expect(lineAt(text, found!.index)).toBe(7);
  });

  it('maps every normalized character back to its source', () => {
    const { text, origin } = normalizeForDetection('a\u200bｂ九五五八八c');
    expect(text).toBe('ab95588c');
    expect(origin).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('normalizeContactValue', () => {
  it.each([
    ['９６１１０', '96110'],
    ['+86 138-1234-5678', '13812345678'],
    ['0086 138 1234 5678', '13812345678'],
    ['九五五八八', '95588'],
    ['400–820–1234', '4008201234'],
    ['https://www.pbcdci.cn/', 'www.pbcdci.cn'],
    ['HTTPS://WWW.PBCDCI.CN', 'pbcdci.cn'],
    ['//Kefu.Shop/Refund/', 'kefu.shop/refund'],
    ['kefu(at)wallet(dot)cn', 'kefu@wallet.cn'],
    ['薇信：Kefu_88', 'vx: kefu_88'],
    ['扣扣群 123456', 'QQ：123456'],
    ['138.1234.5678', '13812345678'],
    ['//10.1.2.3/kefu', 'http://10.1.2.3/kefu'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeContactValue(a)).toBe(normalizeContactValue(b));
  });

  it('gives the canonical forms', () => {
    expect(normalizeContactValue('９６１１０')).toBe('96110');
    expect(normalizeContactValue('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeContactValue('+86 10 8888 6666')).toBe('01088886666');
    expect(normalizeContactValue('https://www.mps.gov.cn/')).toBe('mps.gov.cn');
    expect(normalizeContactValue('Kefu@Wallet.CN')).toBe('kefu@wallet.cn');
    expect(normalizeContactValue('微信号：kefu_2026')).toBe('wechat:kefu_2026');
    expect(normalizeContactValue('数字人民币App')).toBe('数字人民币app');
  });

  it('keeps different contacts apart', () => {
    expect(normalizeContactValue('95588')).not.toBe(normalizeContactValue('95580'));
    expect(normalizeContactValue('QQ 123456')).not.toBe(normalizeContactValue('微信 123456'));
  });
});

// The cases of the detector this one replaced, unchanged.
describe.each([
  ['safety/contact-detector', findRawContacts],
])('the earlier detector\'s cases via %s', (_name, find) => {
  const kinds = (text: string) => find(text).map((c) => c.value);

  it.each([
    ['拨打 95580 咨询', '95580'],
    ['反诈专线 96110', '96110'],
    ['打 110 报警', '110'],
    ['客服 400-820-1234', '400-820-1234'],
    ['座机 010-12345678', '010-12345678'],
    ['手机 13812345678', '13812345678'],
    ['手机 +86 138 1234 5678', '+86 138 1234 5678'],
    ['QQ：123456789', 'QQ：123456789'],
    ['加微信号：kefu_2026', '微信号：kefu_2026'],
    ['邮箱 help@example.com', 'help@example.com'],
    ['访问 https://evil.example.cn/login', 'https://evil.example.cn/login'],
    ['访问 www.pbcdci.cn', 'www.pbcdci.cn'],
    ['登录 wallet-kefu.com 处理', 'wallet-kefu.com'],
  ])('finds the contact in 「%s」', (text, value) => {
    expect(kinds(text)).toContain(value);
  });

  it.each([
    ['reviewed: 2026-11-22'],
    ['<ContactCard id="antifraud-hotline" />'],
    ['<ArticleLink to="postal/top-up" />'],
    ['至少 8 位，包含字母和数字'],
    ['2022 年北京冬奥会'],
    ['第 3 步：设置密码'],
    ['支持 e-CNY 和 Wi-Fi'],
  ])('leaves 「%s」 alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
