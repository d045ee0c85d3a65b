/**
 * The article-body markup check: what an editor (or an attacker with write access to content/)
 * might put in an MDX body, and the Chinese problem each must produce; plus bodies that must pass,
 * and every real article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBodyMarkup, type ComponentSpec, type MarkupProblem } from '../../src/lib/content/body-markup';
import { typographyProblems } from '../../src/lib/content/typography';

const COMPONENTS: ComponentSpec[] = [
  { name: 'Steps', attributes: [] },
  { name: 'Callout', attributes: ['type', 'title'], required: ['type'] },
  { name: 'ContactCard', attributes: ['id'], required: ['id'] },
  { name: 'Contact', attributes: ['id'], required: ['id'] },
  { name: 'ArticleLink', attributes: ['to'], required: ['to'] },
  { name: 'Troubleshooter', attributes: ['id'], required: ['id'] },
];

const check = (body: string) => checkBodyMarkup(body, COMPONENTS);

/** A realistic opening so line numbers are not all 1. */
const INTRO = '充值后余额没变，先别急着找「客服」。\n\n## 先查这几处\n\n'; // the next line is line 5

interface Bad {
  name: string;
  body: string;
  /** Line (1-based, in the body) of the problem that must be reported. */
  line: number;
  column?: number;
  /** Each must appear in that problem's message or fix. */
  mentions: Array<string | RegExp>;
  /** Syntax errors: exactly one problem in total. */
  only?: boolean;
}

const BAD: Bad[] = [
  // ---- build-time code: import/export and {…} (review item 1) --------------------------------
  {
    name: 'import node:fs (the review attack, part 1)',
    body: `import fs from 'node:fs'\n\n${INTRO}主机名：{fs.readFileSync('/etc/hostname','utf8')}\n`,
    line: 1, column: 1, mentions: ['import', '删掉', '不用import'],
  },
  {
    name: 'fs.readFileSync in a {…} expression (the review attack, part 2)',
    body: `import fs from 'node:fs'\n\n${INTRO}主机名：{fs.readFileSync('/etc/hostname','utf8')}\n`,
    line: 7, column: 5, mentions: ['fs.readFileSync', '代码', '构建'],
  },
  {
    name: 'child_process import',
    body: `${INTRO}import cp from 'node:child_process'\n\n{cp.execSync('id').toString()}\n`,
    line: 5, mentions: ['import', "node:child_process"],
  },
  {
    name: 'execSync expression',
    body: `${INTRO}import cp from 'node:child_process'\n\n{cp.execSync('id').toString()}\n`,
    line: 7, mentions: ['cp.execSync', '代码'],
  },
  {
    name: 'process.env in running text',
    body: `${INTRO}本页由{process.env.npm_config_user_agent}生成。\n`,
    line: 5, column: 4, mentions: ['process.env', '\\{', '｛'],
  },
  {
    name: 'export const',
    body: `${INTRO}export const fee = '5元'\n`,
    line: 5, mentions: ['export', '删掉', 'frontmatter'],
  },
  {
    name: 'export default layout',
    body: `export default function Layout({ children }) { return children }\n\n${INTRO}`,
    line: 1, mentions: ['export'],
  },
  {
    name: 'MDX comment {/* */}',
    body: `${INTRO}{/* 编辑备注：下周再核对 */}\n`,
    line: 5, mentions: ['注释', '删掉'],
  },
  {
    name: 'arithmetic in a table cell',
    body: `${INTRO}| 项目 | 金额 |\n|---|---|\n| 手续费 | {1 + 1}元 |\n`,
    line: 7, mentions: ['1 + 1', '代码'],
  },
  {
    name: 'attribute value as an expression',
    body: `${INTRO}<ArticleLink to={slug} />\n`,
    line: 5, column: 14, mentions: ['to={slug}', 'to="…"'],
  },
  {
    name: 'href={"javascript:…"} (the review attack)',
    body: `${INTRO}<a href={"javascript:alert(1)"}>点这里领补贴</a>\n`,
    line: 5, column: 4, mentions: ['javascript:', '代码', 'href="…"'],
  },
  {
    name: 'spread attribute',
    body: `${INTRO}<Callout {...props} type="tip">\n\n注意核对金额。\n\n</Callout>\n`,
    line: 5, column: 10, mentions: ['{...props}', '名字="值"'],
  },
  {
    name: 'title from a variable',
    body: `${INTRO}<Callout type="tip" title={frontmatter.title}>\n\n注意。\n\n</Callout>\n`,
    line: 5, mentions: ['title={frontmatter.title}', 'title="…"'],
  },

  // ---- raw HTML that must never be written (items 2 and 15) ---------------------------------
  {
    name: 'meta refresh to an off-site host (the review attack)',
    body: `${INTRO}<meta http-equiv="refresh" content="2;url=//kefu.shop/" />\n`,
    line: 5, column: 1, mentions: ['<meta>', '跳转', '删掉'],
  },
  {
    name: 'script with a site-local src (the review attack)',
    body: `${INTRO}<script src="/x.js"></script>\n`,
    line: 5, mentions: ['<script>', '执行代码', '删掉'],
  },
  {
    name: 'inline script in a paragraph',
    body: `${INTRO}请先核对订单<script>alert(document.cookie)</script>再联系官方。\n`,
    line: 5, column: 7, mentions: ['<script>'],
  },
  {
    name: 'style element',
    body: `${INTRO}<style>{'.fraud-warning{display:none}'}</style>\n`,
    line: 5, mentions: ['<style>', '样式'],
  },
  {
    name: 'iframe to another site (the review attack)',
    body: `${INTRO}<iframe src="//x"></iframe>\n`,
    line: 5, mentions: ['<iframe>', '别的网站', '删掉'],
  },
  {
    name: 'upper-case IFRAME',
    body: `${INTRO}<IFRAME SRC="//kefu.shop/"></IFRAME>\n`,
    line: 5, mentions: ['<IFRAME>', '删掉'],
  },
  {
    name: 'form posting off-site (the review attack)',
    body: `${INTRO}<form action="//x">\n  <input name="pwd" />\n  <button>提交</button>\n</form>\n`,
    line: 5, mentions: ['<form>', '表单', '<Troubleshooter'],
  },
  {
    name: 'input inside the form',
    body: `${INTRO}<form action="//x">\n  <input name="pwd" />\n  <button>提交</button>\n</form>\n`,
    line: 6, mentions: ['<input>'],
  },
  {
    name: 'object',
    body: `${INTRO}<object data="//kefu.shop/x.swf"></object>\n`,
    line: 5, mentions: ['<object>', '删掉'],
  },
  {
    name: 'embed',
    body: `${INTRO}<embed src="//kefu.shop/x" />\n`,
    line: 5, mentions: ['<embed>'],
  },
  {
    name: 'svg with onload',
    body: `${INTRO}<svg onload="alert(1)"><circle r="5" /></svg>\n`,
    line: 5, mentions: ['<svg>', 'public/'],
  },
  {
    name: 'stylesheet link',
    body: `${INTRO}<link rel="stylesheet" href="//kefu.shop/a.css" />\n`,
    line: 5, mentions: ['<link>', '删掉'],
  },
  {
    name: 'base href',
    body: `${INTRO}<base href="//kefu.shop/" />\n`,
    line: 5, mentions: ['<base>', '链接'],
  },
  {
    name: 'img with quoted onerror',
    body: `${INTRO}<img src="/favicon.svg" onerror="alert(1)" />\n`,
    line: 5, column: 25, mentions: ['onerror', '事件属性', '删掉onerror'],
  },
  {
    name: 'event handler in upper case',
    body: `${INTRO}<img src="/favicon.svg" ONERROR="alert(1)" />\n`,
    line: 5, column: 25, mentions: ['ONERROR', '事件属性'],
  },
  {
    name: 'onClick on an allowed element',
    body: `${INTRO}<span onClick="steal()">点我</span>\n`,
    line: 5, column: 7, mentions: ['onClick', '执行代码'],
  },
  {
    name: 'onclick on a component',
    body: `${INTRO}<Callout type="tip" onclick="steal()">\n\n注意。\n\n</Callout>\n`,
    line: 5, column: 21, mentions: ['onclick', '事件属性'],
  },
  {
    name: 'style attribute hiding the fraud warning',
    body: `${INTRO}<span style="display:none">官方客服：请加微信</span>\n`,
    line: 5, column: 7, mentions: ['style', '删掉style'],
  },
  {
    name: 'javascript: href',
    body: `${INTRO}<a href="javascript:alert(1)">领取补贴</a>\n`,
    line: 5, column: 4, mentions: ['javascript:', '本站路径'],
  },
  {
    name: '<A HREF="JaVaScRiPt:…"> (mixed case)',
    body: `${INTRO}<A HREF="JaVaScRiPt:alert(1)">领取补贴</A>\n`,
    line: 5, column: 4, mentions: ['javascript:', 'HREF'],
  },
  {
    name: '<A> must be written lower-case',
    body: `${INTRO}<A HREF="JaVaScRiPt:alert(1)">领取补贴</A>\n`,
    line: 5, column: 1, mentions: ['小写', '<a>'],
  },
  {
    name: 'javascript: hidden by a character reference',
    body: `${INTRO}<a href="&#106;avascript:alert(1)">领取</a>\n`,
    line: 5, mentions: ['javascript:'],
  },
  {
    name: 'javascript: split by an encoded tab and leading spaces',
    body: `${INTRO}<a href="  java&#x09;script&colon;alert(1)">领取</a>\n`,
    line: 5, mentions: ['javascript:'],
  },
  {
    name: 'vbscript:',
    body: `${INTRO}<a href="VBScript:msgbox(1)">领取</a>\n`,
    line: 5, mentions: ['vbscript:'],
  },
  {
    name: 'data: image source',
    body: `${INTRO}<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="图" />\n`,
    line: 5, mentions: ['data:', 'src="/images/example.png"'],
  },
  {
    name: 'protocol-relative off-site link (item 2)',
    body: `${INTRO}<a href="//evil.example.shop/">官方客服</a>\n`,
    line: 5, mentions: ['站外', '/postal/top-up/'],
  },
  {
    name: 'https off-site link in a tag',
    body: `${INTRO}<a href="https://kefu.shop/">官方客服</a>\n`,
    line: 5, mentions: ['站外'],
  },
  {
    name: 'backslash trick /\\host',
    body: `${INTRO}<a href="/\\kefu.shop/">官方客服</a>\n`,
    line: 5, mentions: ['站外'],
  },
  {
    name: 'off-site image',
    body: `${INTRO}<img src="//kefu.shop/qr.png" alt="加好友" />\n`,
    line: 5, mentions: ['不是本站文件', 'public/'],
  },
  {
    name: 'Markdown link with javascript:',
    body: `${INTRO}[官方客服](javascript:alert(1))\n`,
    line: 5, mentions: ['javascript:', '[文字](/postal/top-up/)'],
  },
  {
    name: 'Markdown reference definition with javascript:',
    body: `${INTRO}见[官方客服][kf]。\n\n[kf]: JavaScript:alert(1)\n`,
    line: 7, mentions: ['javascript:'],
  },
  {
    name: 'Markdown image with data:',
    body: `${INTRO}![二维码](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n`,
    line: 5, mentions: ['data:', '![说明]'],
  },
  {
    name: 'class attribute on an allowed element',
    body: `${INTRO}<span class="text-red-600">重要</span>\n`,
    line: 5, mentions: ['class', 'title、lang、dir'],
  },

  // ---- component names and attributes --------------------------------------------------------
  {
    name: '<Foo.Bar /> member expression (the review attack)',
    body: `${INTRO}<Foo.Bar />\n`,
    line: 5, column: 1, mentions: ['<Foo.Bar>', '<Steps>', '<Callout>'],
  },
  {
    name: 'lower-case <steps> (the review attack)',
    body: `${INTRO}<steps>\n\n1. 打开App\n2. 点「我的」\n\n</steps>\n`,
    line: 5, mentions: ['组件名要大写：<Steps>'],
  },
  {
    name: 'lower-case <callout>',
    body: `${INTRO}<callout type="fraud">\n\n小心。\n\n</callout>\n`,
    line: 5, mentions: ['<Callout>', '大写'],
  },
  {
    name: 'misspelt component',
    body: `${INTRO}<Calout type="fraud">\n\n小心。\n\n</Calout>\n`,
    line: 5, mentions: ['<Calout>', '是不是想写<Callout>'],
  },
  {
    name: 'unknown component lists the known ones',
    body: `${INTRO}<Widget />\n`,
    line: 5, mentions: ['不认识的组件<Widget>', '<Steps>', '<ContactCard>', '<Troubleshooter>'],
  },
  {
    name: 'div is not on the safe list',
    body: `${INTRO}<div>\n\n段落。\n\n</div>\n`,
    line: 5, mentions: ['<div>', 'strong'],
  },
  {
    name: 'namespaced tag',
    body: `${INTRO}<xlink:a />\n`,
    line: 5, mentions: ['<xlink:a>'],
  },
  {
    name: 'fragment',
    body: `${INTRO}<>\n\n段落。\n\n</>\n`,
    line: 5, mentions: ['<>', '删掉'],
  },
  {
    name: 'Callout without its required type',
    body: `${INTRO}<Callout title="注意">\n\n别转账。\n\n</Callout>\n`,
    line: 5, mentions: ['缺少', 'type', '<Callout type="…">'],
  },
  {
    name: 'ContactCard without id',
    body: `${INTRO}<ContactCard />\n`,
    line: 5, mentions: ['id', '<ContactCard id="…" />'],
  },
  {
    name: 'Steps takes no attributes',
    body: `${INTRO}<Steps start="3">\n\n1. 打开App\n\n</Steps>\n`,
    line: 5, column: 8, mentions: ['start', '不带任何属性'],
  },
  {
    name: 'misspelt attribute',
    body: `${INTRO}<Callout type="tip" titel="注意">\n\n别转账。\n\n</Callout>\n`,
    line: 5, column: 21, mentions: ['titel', 'type、title'],
  },
  {
    name: 'attribute without a value',
    body: `${INTRO}<Callout type>\n\n别转账。\n\n</Callout>\n`,
    line: 5, mentions: ['type', '没有写值', 'type="…"'],
  },
  {
    name: 'duplicate attribute',
    body: `${INTRO}<Callout type="tip" type="fraud">\n\n别转账。\n\n</Callout>\n`,
    line: 5, column: 21, mentions: ['两次'],
  },
  {
    name: 'upper-case attribute on an allowed element',
    body: `${INTRO}<a HREF="/postal/">邮储</a>\n`,
    line: 5, mentions: ['小写', 'href'],
  },

  // ---- syntax errors (item 10): one problem, in Chinese, no stack ---------------------------
  {
    name: 'unclosed <div>',
    body: `${INTRO}<div>\n\n先核对金额。\n`,
    line: 5, column: 1, mentions: ['<div>没有闭合', '</div>'], only: true,
  },
  {
    name: 'unclosed <Callout>',
    body: `${INTRO}<Callout type="fraud" title="注意">\n\n不要把验证码告诉任何人。\n`,
    line: 5, column: 1, mentions: ['<Callout>没有闭合', '在内容后面加上</Callout>'], only: true,
  },
  {
    name: 'unclosed inline <span> inside a paragraph',
    body: `${INTRO}这一步<span>很重要。\n`,
    line: 5, column: 4, mentions: ['<span>没有闭合', '段落'], only: true,
  },
  {
    name: 'unclosed Callout inside a list item',
    body: `${INTRO}- 第一步\n- <Callout type="tip">\n  核对金额\n</Callout>\n`,
    line: 6, column: 3, mentions: ['<Callout>没有闭合', '列表项'], only: true,
  },
  {
    name: 'stray { (the review attack)',
    body: `${INTRO}手续费是{5元\n`,
    line: 5, column: 5, mentions: ['「{」', '代码', '\\{', '｛'], only: true,
  },
  {
    name: '{…} that is not valid code',
    body: `${INTRO}手续费是{5元}，到账后退回。\n`,
    line: 5, column: 5, mentions: ['「{」', '\\{'], only: true,
  },
  {
    name: 'unquoted attributes with onerror (the review attack)',
    body: `${INTRO}<img src=x onerror=alert(1)>\n`,
    line: 5, column: 10, mentions: ['没有加引号', 'src="x"'], only: true,
  },
  {
    name: 'unquoted component attribute',
    body: `${INTRO}<Callout type=fraud>\n\n小心。\n\n</Callout>\n`,
    line: 5, column: 15, mentions: ['type', '没有加引号', 'type="fraud"'], only: true,
  },
  {
    name: 'missing closing quote',
    body: `${INTRO}<Callout type="fraud" title="注意>\n\n小心。\n\n</Callout>\n`,
    line: 5, column: 23, mentions: ['title', '引号'], only: true,
  },
  {
    name: 'mismatched closing tag',
    body: `${INTRO}<Steps>\n\n1. 打开App\n\n</Callout>\n`,
    line: 9, column: 1, mentions: ['</Callout>', '第5行的<Steps>', '改成</Steps>'], only: true,
  },
  {
    name: 'closing tag without an opening one',
    body: `${INTRO}先核对金额。\n\n</div>\n`,
    line: 7, mentions: ['</div>', '前面没有'], only: true,
  },
  {
    name: '<br> must self-close',
    body: `${INTRO}第一行<br>第二行\n`,
    line: 5, column: 4, mentions: ['<br />'], only: true,
  },
  {
    name: 'HTML comment',
    body: `${INTRO}<!-- 待核实 -->\n`,
    line: 5, column: 1, mentions: ['注释', '删掉'], only: true,
  },
  {
    name: 'bare less-than',
    body: `${INTRO}单笔金额<5000元时免密。\n`,
    line: 5, column: 5, mentions: ['「<」', '\\<', '＜'], only: true,
  },
  {
    name: 'angle-bracket autolink',
    body: `${INTRO}官网：<https://kefu.shop/>\n`,
    line: 5, column: 4, mentions: ['尖括号', '[文字]'], only: true,
  },
  {
    name: 'blank line inside a tag in running text',
    body: `${INTRO}<Callout type="tip"\n\ntitle="注意">小心。</Callout>\n`,
    line: 5, mentions: ['空行'], only: true,
  },
  {
    name: 'tag never ended with >',
    body: `${INTRO}<Callout type="tip"`,
    line: 5, mentions: ['>'], only: true,
  },
  {
    name: 'tag as an attribute value',
    body: `${INTRO}<Callout type=<b>fraud</b>>\n\n小心。\n\n</Callout>\n`,
    line: 5, column: 15, mentions: ['type', '不能是标签', 'type="文字"'], only: true,
  },
  {
    name: 'straight quotes inside a quoted value',
    body: `${INTRO}<Callout type="fraud" title="自称"客服"的来电">\n\n小心。\n\n</Callout>\n`,
    line: 5, column: 23, mentions: ['title', '英文引号', '「客服」'], only: true,
  },
  {
    name: 'attribute value opened with { and never closed',
    body: `${INTRO}<Callout type="tip" title={"注意></Callout>\n`,
    line: 5, column: 27, mentions: ['title', '「{」', 'title="…"'], only: true,
  },
  {
    name: 'Callout left open inside a block quote',
    body: `${INTRO}> <Callout type="tip">\n> 先核对金额。\n`,
    line: 5, column: 3, mentions: ['<Callout>没有闭合', '引用块'], only: true,
  },
  {
    name: 'capitalised <Script> is still a script',
    body: `${INTRO}<Script>alert(1)</Script>\n`,
    line: 5, mentions: ['<script>', '执行代码'],
  },
  {
    name: 'math element, reported once',
    body: `${INTRO}<math><mi>x</mi></math>\n`,
    line: 5, mentions: ['<math>'],
  },
  {
    name: 'template element',
    body: `${INTRO}<template><p>官方客服</p></template>\n`,
    line: 5, mentions: ['<template>', '删掉'],
  },
  {
    name: 'two root errors report only the first',
    body: `${INTRO}<div>\n\n手续费是{5元\n\n<Callout type="tip">\n`,
    line: 5, mentions: ['<div>'], only: true,
  },
];

const GOOD: Array<{ name: string; body: string }> = [
  {
    name: 'plain Markdown: headings, lists, emphasis, internal links',
    body: `先确认是不是真的没到账。\n\n## 自己先查\n\n- 看**交易记录**里的状态\n- 核对*收款方*\n\n详见[充值未到账](/postal/top-up/)和[找官方客服](/general/contact-official/#phone)。\n`,
  },
  {
    name: 'GFM table',
    body: `| 情况 | 怎么办 |\n|---|---|\n| 显示「处理中」 | 等24小时 |\n| 显示「失败」 | 钱会原路退回 |\n`,
  },
  {
    name: 'code spans holding braces and tags',
    body: '在地址栏看到`{x}`或`<script>`不要慌，这是页面代码。`import fs from "node:fs"`也只是文字。\n',
  },
  {
    name: 'fenced code holding every refused construct',
    body: "示例：\n\n```js\nimport fs from 'node:fs'\nconsole.log({process.env.SECRET})\n<iframe src=\"//x\"></iframe>\n```\n\n~~~html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n~~~\n",
  },
  {
    name: 'Steps with an ordered list',
    body: '<Steps>\n\n1. 打开官方App\n2. 点「我的—账单」\n3. 找到这笔充值，看状态\n\n</Steps>\n',
  },
  {
    name: 'Callout fraud with a title',
    body: '<Callout type="fraud" title="注意">\n\n自称客服要你转账到「安全账户」的，都是骗子。\n\n</Callout>\n',
  },
  {
    name: 'Callout with single quotes and a title holding quotes and punctuation',
    body: "<Callout type='warning' title='「先交手续费」是骗局'>\n\n官方不会先收费。\n\n</Callout>\n",
  },
  { name: 'ContactCard', body: '打这个电话：\n\n<ContactCard id="police" />\n' },
  { name: 'Contact inline in a sentence', body: '也可以拨打<Contact id="postal-hotline" />咨询。\n' },
  { name: 'ArticleLink and Troubleshooter', body: '<ArticleLink to="general/escalation" />\n\n<Troubleshooter id="top-up-missing" />\n' },
  { name: 'br inside a paragraph and a table cell', body: '第一行<br />第二行\n\n| 步骤 | 说明 |\n|---|---|\n| 1 | 打开App<br />点「我的」 |\n' },
  {
    name: 'escaped and full-width braces, escaped less-than, spaced comparison',
    body: '手续费是\\{5元\\}，或写成｛5元｝。单笔\\<5000元免密；金额 < 100元时不用验证。\n',
  },
  {
    name: 'safe inline HTML',
    body: '按<kbd>Ctrl</kbd>+<kbd>F</kbd>搜索。H<sub>2</sub>O，<abbr title="数字人民币">e-CNY</abbr>，<mark>重点</mark>，<strong lang="zh">粗体</strong>。\n',
  },
  {
    name: 'details and summary',
    body: '<details open>\n<summary>为什么要等24小时？</summary>\n\n银行清算需要时间。\n\n</details>\n',
  },
  {
    name: 'site-internal <a> and <img>',
    body: '<a href="/postal/top-up/">充值未到账</a>，<a href="#faq">常见问题</a>。\n\n<img src="/favicon.svg" alt="图标" />\n',
  },
  {
    name: 'Callout inside a block quote',
    body: '> 读者来信：\n>\n> <Callout type="tip">\n> 先核对金额。\n> </Callout>\n',
  },
  {
    name: 'nested components',
    body: '<Callout type="danger" title="钱被转走了">\n\n<Steps>\n\n1. 先冻结账户\n2. 再报警：<Contact id="police" />\n\n</Steps>\n\n</Callout>\n',
  },
  {
    name: 'prose that names a scheme without linking it',
    body: '看到以javascript开头的链接不要点，例如「javascript：」开头的地址。\n',
  },
  { name: 'empty body', body: '' },
  { name: 'CRLF line endings', body: '第一段。\r\n\r\n<Steps>\r\n\r\n1. 打开App\r\n\r\n</Steps>\r\n' },
];

const problemText = (p: MarkupProblem) => `${p.message}\n${p.fix}`;
const STACK = /\n\s+at\s|\.(?:rs|js|ts):\d|node_modules|Error:|TypeError|\bat [\w.<>]+ \(/;
const CJK = /[\u4e00-\u9fff]/;

describe('checkBodyMarkup: refused markup', () => {
  it('has at least 40 bad cases', () => expect(BAD.length).toBeGreaterThanOrEqual(40));

  for (const bad of BAD) {
    it(bad.name, () => {
      const problems = check(bad.body);
      expect(problems.length, 'no problem reported').toBeGreaterThan(0);
      if (bad.only) expect(problems, 'a syntax error gives exactly one problem').toHaveLength(1);
      const matching = problems.filter(
        (p) => p.line === bad.line && (bad.column === undefined || p.column === bad.column) && bad.mentions.every((m) => (typeof m === 'string' ? problemText(p).includes(m) : m.test(problemText(p)))),
      );
      expect(matching, `expected a problem at ${bad.line}:${bad.column ?? '*'} mentioning ${bad.mentions.join(' / ')}; got\n${JSON.stringify(problems, null, 2)}`).toHaveLength(1);
    });
  }
});

describe('checkBodyMarkup: every message', () => {
  const all = BAD.flatMap((b) => check(b.body));

  it('is Chinese, names a fix, and carries no stack trace', () => {
    for (const p of all) {
      expect(p.message).toMatch(CJK);
      expect(p.fix).toMatch(CJK);
      expect(problemText(p)).not.toMatch(STACK);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('follows the house typography (the parser’s English reason in parentheses aside)', () => {
    for (const p of all) {
      for (const text of [p.message.replace(/（解析器原文：.*）$/, ''), p.fix]) {
        expect(typographyProblems(text), text).toEqual([]);
      }
    }
  });

  it('keeps the parser’s reason for experts after a syntax error', () => {
    const [p] = check('<div>\n\n文字\n');
    expect(p!.message).toMatch(/^<div>没有闭合。（解析器原文：Expected a closing tag for `<div>`/);
  });
});

describe('checkBodyMarkup: allowed bodies', () => {
  it('has at least 15 good cases', () => expect(GOOD.length).toBeGreaterThanOrEqual(15));
  for (const good of GOOD) {
    it(good.name, () => expect(check(good.body)).toEqual([]));
  }
});

describe('checkBodyMarkup: real articles', () => {
  const root = join(import.meta.dirname, '../../content/articles');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();

  it('finds the articles', () => expect(files.length).toBeGreaterThan(10));

  it('every article body passes', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
      expect(match, `${file} has frontmatter`).not.toBeNull();
      const body = text.slice(match![0].length);
      for (const p of check(body)) found.push(`${file}:${p.line}:${p.column} ${p.message} ${p.fix}`);
    }
    expect(found).toEqual([]);
  });
});
