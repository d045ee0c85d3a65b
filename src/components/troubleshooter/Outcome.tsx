/** The end of a troubleshooter path: a fix, the official channel to contact, or a fraud stop sign. */
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { TreeNode, Troubleshooter } from '../../lib/content/schemas';
import type { ArticleView, ContactView } from '../../lib/troubleshooter/view';

interface Props {
  node: TreeNode;
  tree: Troubleshooter;
  contacts: Record<string, ContactView>;
  articles: Record<string, ArticleView>;
  report: string;
  headingRef: Ref<HTMLHeadingElement>;
  Heading: 'h2' | 'h3';
  /** True once hydrated: only then can the copy button work, so only then is it shown. */
  interactive: boolean;
}

const KIND = { fix: '可以自己解决', 'contact-official': '需要联系官方', 'fraud-alert': '停下：疑似诈骗' } as const;

export function Outcome({ node, tree, contacts, articles, report, headingRef, Heading, interactive }: Props) {
  const kind = node.outcome!;
  const article = node.article ? articles[node.article] : undefined;
  return (
    <div data-outcome={kind} class="tree-outcome">
      <p class="text-sm font-bold">{KIND[kind]}</p>
      <Heading ref={headingRef} tabIndex={-1} class="text-lg font-bold">{node.title}</Heading>
      {kind === 'fraud-alert' && (
        <ul class="mt-2 font-medium">
          <li>不要转账，也不要把钱转到任何「安全账户」；</li>
          <li>不要说出或输入验证码、密码，不要开屏幕共享；</li>
          <li>立刻挂断电话、退出聊天，再自己从官方App或官网核实。</li>
        </ul>
      )}
      {node.steps && node.steps.length > 0 && (
        <ol class="mt-2">{node.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      )}
      {article && <p class="mt-3"><a href={article.url}>完整说明：{article.title}</a></p>}
      {kind === 'contact-official' && (
        <p class="mt-3" data-find-official>
          怎样找到官方客服：打开你自己安装的官方App，在「我的」「设置」或「帮助中心」里找客服入口；不要用搜索结果、短信或来电里给的号码。<a href="/contact/">更多说明</a>
        </p>
      )}
      {node.contacts && node.contacts.length > 0 && (
        <div class="mt-3 space-y-2">
          <p class="font-bold">{kind === 'fraud-alert' ? '需要帮助时' : '官方渠道'}</p>
          {node.contacts.map((id) => contacts[id]).filter(Boolean).map((c) => (
            <p key={c!.id} data-contact={c!.id}>
              {c!.label}：{c!.href ? <a href={c!.href}>{c!.value}</a> : <strong>{c!.value}</strong>}
              {c!.note && <span class="block text-sm">{c!.note}</span>}
            </p>
          ))}
        </div>
      )}
      {node.prepare && node.prepare.length > 0 && (
        <div class="mt-3">
          <p class="font-bold">联系之前准备好</p>
          <ul>{node.prepare.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {kind !== 'fix' && <Report id={`${tree.id}-report`} text={report} interactive={interactive} />}
    </div>
  );
}

/** The answers as plain text to paste into a chat with official support. Selectable without JavaScript. */
function Report({ id, text, interactive }: { id: string; text: string; interactive: boolean }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="mt-3">
      <label for={id} class="font-bold">你的排查记录（可复制给官方客服）</label>
      <textarea id={id} data-report readOnly rows={text.split('\n').length} class="tree-report">{text}</textarea>
      {interactive && (
        <>
          <button type="button" onClick={copy} data-copy-report class="tree-button">复制记录</button>
          <span role="status" class="ml-2 text-sm">{copied === 'done' ? '已复制' : copied === 'failed' ? '无法自动复制，请手动选中上面的文字复制' : ''}</span>
        </>
      )}
      <p class="mt-1 text-xs">记录里没有任何账号、密码或验证码，也不要把这些信息发给任何人。</p>
    </div>
  );
}
