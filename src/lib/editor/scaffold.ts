/**
 * The article template `npm run new` writes: valid frontmatter (a draft, so it builds but is not
 * published until the editor is done) and the house structure: answer first, steps, what to do
 * if that fails, related articles.
 */
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import { SLUG_PATTERN } from '../content/schemas';

const FILLER = /怎么办|怎么|如何|怎样|为什么|吗|呢|了|的|？|\?/g;

/** 邮政数字钱包忘记支付密码怎么办 → wang-ji-zhi-fu-mi-ma (wallet names and question words dropped). */
export function suggestSlug(title: string, walletNames: string[] = []): string {
  let core = title;
  for (const name of [...walletNames].sort((a, b) => b.length - a.length)) core = core.split(name).join('');
  core = core.replace(FILLER, '');
  const words = pinyin(core, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean);
  const slug = words.slice(0, 6).join('-').replace(/-+/g, '-');
  return SLUG_PATTERN.test(slug) ? slug : 'new-article';
}

export interface NewArticle {
  wallet: string;
  topic: string;
  title: string;
  reviewed: string;
}

/** A YAML scalar for a frontmatter line: quoted when the text has a colon, a leading # or -, … */
const scalar = (text: string) => stringify(text).trimEnd();

export function articleTemplate(a: NewArticle): string {
  const short = a.title.replace(/怎么办$/, '');
  return `---
title: ${scalar(a.title)}
description: 用一两句话说明这篇文章能帮读者解决什么问题，写清楚对象和结果，五十到一百二十个字，它会显示在搜索结果里。
wallet: ${a.wallet}
topic: ${a.topic}
aliases:
  - ${scalar(`${short}咋办`)}
  - ${scalar(`${short}怎么弄`)}
  - ${scalar(short)}
reviewed: ${a.reviewed}
related: []
draft: true
---

第一段直接回答问题：一两句话说清楚读者现在该做什么。

## 操作步骤

<Steps>

1. 第一步……
2. 第二步……

</Steps>

## 还是不行怎么办

写清楚这种情况该找谁（钱包、银行还是商户），再告诉读者怎样找到真正的官方渠道：<ArticleLink to="general/find-official-channel" />。联系前准备好：

- 发生的时间和涉及的金额；
- 交易单号或订单号；
- 错误提示的截图。
`;
}
