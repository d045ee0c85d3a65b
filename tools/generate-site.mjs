#!/usr/bin/env node
/**
 * Writes a copy of the project with N generated articles, for the build and search benchmarks
 * (tools/bench.mjs):
 *
 *   npm exec -- node tools/generate-site.mjs 2000 /tmp/site-2000
 *
 * The copy gets src/, public/, astro.config.mjs, tsconfig.json and package.json from this checkout,
 * a symlink to its node_modules, and a content/ folder that holds the real wallets.yaml,
 * topics.yaml, contacts.yaml and search-synonyms.yaml but none of the real articles: instead
 * content/articles/<wallet>/ gets N generated MDX articles that pass the content checks, and
 * content/troubleshooters/ is empty.
 *
 * The articles are deterministic (seeded PRNG): the same N gives the same site. Each one has valid
 * frontmatter (title 4–40 chars, description 50–120 chars, ≥3 aliases, reviewed 2026-11-22, no
 * related), Chinese filler prose built from a few hundred words, a <Steps> list, sometimes a
 * <Callout> and a <Contact>, and one Markdown link to the next article of its wallet (so no
 * article is an orphan and the checker has no 10,000 warnings to print). One of them is
 * general/fake-customer-service, because the editors' guide and the fraud warning link to it.
 * No digit runs of five or more, no phone numbers, e-mail addresses or URLs in the text.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
// Node 24 strips the types of this small module itself: the generator obeys the checker's own rule.
import { needsFraudWarning, riskyTitleWords } from '../src/lib/fraud-warning.ts';
import { copyProject, PROJECT_ROOT } from './lib/project-copy.ts';

export { copyProject, PROJECT_ROOT };

const SHARED_CONTENT = ['wallets.yaml', 'topics.yaml', 'contacts.yaml', 'search-synonyms.yaml', 'official-domains.yaml', 'terms.yaml'];

// ---------------------------------------------------------------------------------------------
// Filler text

/** mulberry32: small deterministic PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Problems readers have, with the topic they belong to and the romanised stem of the file name.
const PROBLEMS = [
  ['忘记支付密码', 'account-security', 'mima'], ['登录密码输错被锁', 'account-security', 'denglu'],
  ['账户被盗用', 'account-security', 'beidao'], ['收不到短信验证码', 'account-security', 'yanzhengma'],
  ['更换绑定手机号', 'account-security', 'shoujihao'], ['开启指纹支付', 'account-security', 'zhiwen'],
  ['注册不成功', 'registration', 'zhuce'], ['实名认证失败', 'registration', 'shiming'],
  ['身份证照片上传不了', 'registration', 'shenfenzheng'], ['下载到假冒App', 'registration', 'xiazai'],
  ['支付失败', 'payment', 'zhifu'], ['转账到错误账户', 'payment', 'zhuanzhang'],
  ['扫码付款没反应', 'payment', 'saoma'], ['重复扣款', 'payment', 'chongfu'],
  ['商户不支持付款', 'payment', 'shanghu'], ['充值不到账', 'top-up-withdraw', 'chongzhi'],
  ['提现到银行卡很慢', 'top-up-withdraw', 'tixian'], ['绑定银行卡失败', 'top-up-withdraw', 'bangka'],
  ['理财收益看不懂', 'wealth-offers', 'licai'], ['优惠券用不了', 'wealth-offers', 'youhui'],
  ['积分不见了', 'wealth-offers', 'jifen'], ['开不了电子发票', 'e-invoice', 'fapiao'],
  ['发票抬头填错', 'e-invoice', 'taitou'], ['信用卡还款失败', 'repayment', 'huankuan'],
  ['还款显示延迟', 'repayment', 'yanchi'], ['水电费缴费不到账', 'repayment', 'jiaofei'],
  ['找不到人工客服', 'contact', 'kefu'], ['客服电话打不通', 'contact', 'dianhua'],
  ['投诉没有回复', 'complaints', 'tousu'], ['对处理结果不满意', 'complaints', 'manyi'],
  ['接到冒充客服的电话', 'anti-fraud', 'maochong'], ['被要求转到安全账户', 'anti-fraud', 'anquan'],
  ['收到虚假退款消息', 'anti-fraud', 'tuikuan'], ['担心个人信息泄露', 'privacy', 'yinsi'],
  ['关闭个性化推荐', 'privacy', 'tuijian'], ['注销钱包账户', 'close-account', 'zhuxiao'],
  ['余额没法清空', 'close-account', 'yue'],
];
const SITUATIONS = ['', '', '在超市付款时', '晚上', '换了新手机后', '出差在外地时', '刚升级App后', '给家人转账时', '网购结账时',
  '第一次使用时', '老人使用时', '在外地时', '节假日', '用平板登录时', '信号不好时', '月底还款时', '开通新功能后', '绑定新卡后'];
const ASKS = ['怎么办', '怎么处理', '该找谁', '是什么原因', '怎样解决', '还能找回吗', '要多久', '需要准备什么'];
const ALIAS_TAILS = ['咋办', '怎么弄', '怎么回事', '如何解决', '找谁', '有办法吗', '急'];

const OPENERS = ['先别着急', '大多数情况下', '按下面的顺序检查', '遇到这种情况', '通常', '一般来说', '如果只是偶尔出现', '很多读者反映'];
const SUBJECTS = ['网络信号', '手机系统', 'App版本', '绑定的银行卡', '账户余额', '支付密码', '短信验证码', '实名信息', '交易记录', '商户收款码',
  '银行处理时间', '风控检查', '每日限额', '账户状态', '消息通知', '安全设置', '电子发票', '还款日期', '客服入口', '转账凭证', '充值记录'];
const VERBS = ['会影响', '可能导致', '决定了', '关系到', '常常拖慢', '有时挡住', '需要配合', '会改变'];
const OBJECTS = ['付款结果', '到账时间', '找回流程', '认证进度', '退款速度', '发票开具', '还款记录', '账户安全', '客服处理', '交易显示',
  '资金流向', '提醒消息', '限额调整', '身份核验'];
const ADVICE = ['自己在官方App里查看', '先截图保存', '记下交易时间和金额', '等待一段时间再试', '重新打开App', '切换网络后重试',
  '检查是否更新到最新版本', '核对绑定的银行卡', '在App的帮助页面查看说明', '不要把验证码告诉任何人', '保留好交易单号',
  '从官方渠道联系客服', '确认收款方信息', '关掉再重新登录', '查看银行卡是否正常'];
const CLOSERS = ['这样处理最稳妥', '整个过程不需要别人替你操作', '大部分问题都能自己解决', '多数时候几分钟就好', '这一步很关键',
  '遇到陌生人指导操作就要警惕', '官方不会索要你的密码', '慢一点也比被骗强'];
const STEP_VERBS = ['打开', '进入', '点击', '查看', '核对', '确认', '填写', '选择', '返回', '等待'];
const STEP_PLACES = ['官方App首页', '「我的」页面', '账户设置', '交易记录', '安全中心', '帮助与客服', '银行卡管理', '发票管理',
  '还款页面', '消息中心', '个人信息页'];
// A few hundred extra characters for merchant-like names, so the index sees more than a tiny vocabulary.
const CHARS = '安宝北彩昌晨诚春达丰福富港和恒红华欢佳嘉健金锦京景康乐丽利联林龙路美民明南宁鹏平普启庆泉瑞润森山盛顺泰天通旺伟文祥新鑫信星兴旭阳耀益银永优友宇元远悦云泽长正志中众洲卓光';
const SHOPS = ['超市', '便利店', '药房', '书店', '餐厅', '水果店', '加油站', '菜场', '面馆', '茶馆', '电器行'];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const shop = (r) => `${pick(r, CHARS)}${pick(r, CHARS)}${pick(r, SHOPS)}`;

function sentence(r) {
  switch (Math.floor(r() * 4)) {
    case 0: return `${pick(r, OPENERS)}，${pick(r, SUBJECTS)}${pick(r, VERBS)}${pick(r, OBJECTS)}，${pick(r, ADVICE)}。`;
    case 1: return `${pick(r, SUBJECTS)}和${pick(r, SUBJECTS)}都${pick(r, VERBS)}${pick(r, OBJECTS)}，建议${pick(r, ADVICE)}。`;
    case 2: return `比如在${shop(r)}付款时，${pick(r, SUBJECTS)}${pick(r, VERBS)}${pick(r, OBJECTS)}，${pick(r, CLOSERS)}。`;
    default: return `${pick(r, ADVICE)}，再${pick(r, ADVICE)}，${pick(r, CLOSERS)}。`;
  }
}
const paragraph = (r, n) => Array.from({ length: n }, () => sentence(r)).join('');

/** Sentences joined until the text is at least `min` characters, cut at a sentence end ≤ max. */
function textBetween(r, min, max) {
  for (;;) {
    let text = '';
    while (text.length < min) text += sentence(r);
    if (text.length <= max) return text;
  }
}

function article({ r, wallet, problem, topic, title, next, contacts, topicById, synonyms }) {
  const aliases = new Set();
  while (aliases.size < 3 + Math.floor(r() * 3)) {
    aliases.add(`${pick(r, [wallet.shortName, ...wallet.aliases.filter((a) => /^[\u4e00-\u9fff]+$/.test(a))])}${problem}${pick(r, ALIAS_TAILS)}`);
  }
  const description = `${wallet.shortName}${problem}时，${textBetween(r, 50, 100)}`.slice(0, 118);
  const steps = Array.from({ length: 3 + Math.floor(r() * 3) }, (_, i) =>
    `${i + 1}. ${pick(r, STEP_VERBS)}${pick(r, STEP_PLACES)}，${pick(r, ADVICE)}。${sentence(r)}`);
  // Like a real article, the way to customer service is a safe one: a registry contact or the contact page.
  const contact = contacts.length && r() < 0.5 ? `需要帮助时可以拨打<Contact id="${pick(r, contacts)}" />咨询。` : '官方渠道的找法见[如何联系官方客服](/contact/)。';
  const callout = r() < 0.4
    ? `\n<Callout type="${pick(r, ['tip', 'warning', 'fraud'])}">\n${paragraph(r, 2)}\n</Callout>\n`
    : '';
  const fm = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `wallet: ${wallet.id}`,
    `topic: ${topic}`,
    'aliases:',
    ...[...aliases].map((a) => `  - ${JSON.stringify(a)}`),
    'reviewed: 2026-11-22',
    // As an editor must: refund, missing-money and account-trouble titles carry the fraud warning.
    ...(r() < 0.1 || (riskyTitleWords(title, synonyms) && !needsFraudWarning({ fraudWarning: false }, topicById.get(topic))) ? ['fraudWarning: true'] : []),
    '---',
  ];
  return `${fm.join('\n')}

${paragraph(r, 3)}

## 先自己排查

<Steps>

${steps.join('\n')}

</Steps>
${callout}
## 常见原因

${paragraph(r, 4)}

- ${sentence(r)}
- ${sentence(r)}
- ${sentence(r)}

## 还是不行怎么办

${paragraph(r, 2)}${contact}

相关问题：[${next.title}](/${next.id}/)
`;
}

/** Writes the generated site. Returns { articles: number }. */
export function generateSite(count, outDir, { root = PROJECT_ROOT, seed = 20261122 } = {}) {
  copyProject(outDir, { root });
  const content = join(outDir, 'content');
  mkdirSync(join(content, 'troubleshooters'), { recursive: true });
  for (const name of SHARED_CONTENT) cpSync(join(root, 'content', name), join(content, name));
  // The real scam rules point at real articles; a generated site has none of them.
  writeFileSync(join(content, 'search-intents.yaml'), '[]\n');
  writeFileSync(join(content, 'danger-signs.yaml'), '[]\n');
  const wallets = parseYaml(readFileSync(join(content, 'wallets.yaml'), 'utf8'));
  const topicList = parseYaml(readFileSync(join(content, 'topics.yaml'), 'utf8'));
  const topicIds = new Set(topicList.map((t) => t.id));
  const topicById = new Map(topicList.map((t) => [t.id, t]));
  const contactIds = parseYaml(readFileSync(join(content, 'contacts.yaml'), 'utf8')).map((c) => c.id);
  const synonyms = parseYaml(readFileSync(join(content, 'search-synonyms.yaml'), 'utf8'));
  const problems = PROBLEMS.filter(([, topic]) => topicIds.has(topic));
  if (!problems.length) throw new Error('content/topics.yaml 里没有生成器认识的主题 id');
  const fallbackTopic = [...topicIds][0];

  const r = rng(seed);
  // Plan every article first (id and title), so each can link to the next one of its wallet.
  const plan = [];
  for (let i = 0; i < count; i++) {
    const wallet = wallets[i % wallets.length];
    const [problem, topic, stem] = problems[Math.floor(r() * problems.length)];
    const situation = pick(r, SITUATIONS);
    let title = `${wallet.shortName}${situation}${problem}${pick(r, ASKS)}`;
    if (title.length > 40) title = title.slice(0, 40);
    // Base 36 keeps digit runs under five: the content check reads five digits in a row as a phone number.
    plan.push({ wallet, problem, topic: topicIds.has(topic) ? topic : fallbackTopic, title, id: `${wallet.id}/${stem}-${i.toString(36)}` });
  }
  // The editors' guide and every fraud warning link to general/fake-customer-service.
  const general = plan.find((p) => p.wallet.id === 'general') ?? plan[0];
  if (general) {
    general.id = `${general.wallet.id}/fake-customer-service`;
    general.title = '如何识别冒充客服的诈骗';
    general.problem = '接到冒充客服的电话';
    general.topic = topicIds.has('anti-fraud') ? 'anti-fraud' : general.topic;
  }
  // A handful of featured articles for the home page, as on the real site.
  const byWallet = new Map();
  for (const p of plan) byWallet.set(p.wallet.id, [...(byWallet.get(p.wallet.id) ?? []), p]);
  for (const list of byWallet.values()) {
    list.forEach((p, k) => {
      const next = list[(k + 1) % list.length];
      let text = article({ r, wallet: p.wallet, problem: p.problem, topic: p.topic, title: p.title, next, contacts: contactIds, topicById, synonyms });
      if (k < 2) text = text.replace('reviewed: 2026-11-22', 'reviewed: 2026-11-22\nfeatured: true');
      if (list.length === 1) text = text.replace(/\n相关问题：.*\n$/, '\n');
      const file = join(content, 'articles', `${p.id}.mdx`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    });
  }
  return { articles: count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = process.argv.slice(2);
  const count = Number(n);
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error('用法：npm exec -- node tools/generate-site.mjs <文章数> <输出目录>');
    process.exit(2);
  }
  const started = Date.now();
  generateSite(count, resolve(out));
  console.log(`已生成 ${count} 篇文章的站点：${resolve(out)}（${Date.now() - started} ms）`);
}
