/** The end of a troubleshooter path: a fix, the official channel to contact, or a fraud stop sign. */
import { articleUrl, SAFE_ROUTE_ARTICLE_ID } from '../../lib/routes';
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { Troubleshooter } from '../../lib/content/schemas';
import type { ContactView, ViewNode } from '../../lib/troubleshooter/view';
import type { OutcomeArticles } from '../../lib/troubleshooter/outcome-articles';
import type { TroubleshooterTexts } from '../../lib/troubleshooter/texts';

interface Props {
  node: ViewNode;
  tree: Troubleshooter;
  contacts: Record<string, ContactView>;
  /** Where the full answer is, decided at build time. */
  articleLinks: OutcomeArticles | undefined;
  report: string;
  texts: TroubleshooterTexts;
  headingRef: Ref<HTMLHeadingElement>;
  Heading: 'h2' | 'h3';
  /** True once hydrated: only then can the copy button work, so only then is it shown. */
  interactive: boolean;
}


export function Outcome({ node, tree, contacts, articleLinks, texts, report, headingRef, Heading, interactive }: Props) {
  const kind = node.outcome!;
  return (
    <div data-outcome={kind} class="tree-outcome">
      <p class="font-bold">{texts.kinds[kind]}</p>
      <Heading ref={headingRef} tabIndex={-1} class="text-lg font-bold">{node.title}</Heading>
      {/* A fraud alert starts with 110 and 96110 as large buttons, each with when to call (see view.ts). */}
      {node.calls && (
        <div class="tree-calls">
          {node.calls.map((c) => <a href={c.href}><strong>拨打{c.value}</strong>{c.label}：{c.note}</a>)}
        </div>
      )}
      {node.firstHour && (
        <p class="font-bold">{texts.firstHour}<a href={node.firstHour.url}>{node.firstHour.title}</a></p>
      )}
      {kind === 'fraud-alert' && (
        <ul class="mt-2 font-medium">{texts.fraudStop.map((t) => <li key={t}>{t}</li>)}</ul>
      )}
      {node.steps && node.steps.length > 0 && (
        <ol class="mt-2">{node.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      )}
      <ArticleLinks found={articleLinks} texts={texts} />
      {kind === 'contact-official' && (
        <p class="mt-3" data-find-official>
          {texts.findOfficial}<a href={articleUrl(SAFE_ROUTE_ARTICLE_ID)}>{texts.more}</a>
        </p>
      )}
      {node.contacts && node.contacts.length > 0 && (
        <div class="mt-3 space-y-2">
          <p class="font-bold">{kind === 'fraud-alert' ? texts.helpChannels : texts.officialChannels}</p>
          {node.contacts.map((id) => contacts[id]).filter(Boolean).map((c) => (
            <p key={c!.id} data-contact={c!.id}>
              {c!.label}：{c!.href ? <a href={c!.href}>{c!.value}</a> : <strong>{c!.value}</strong>}
              {c!.note && <span class="block">{c!.note}</span>}
            </p>
          ))}
        </div>
      )}
      {node.prepare && node.prepare.length > 0 && (
        <div class="mt-3">
          <p class="font-bold">{texts.prepare}</p>
          <ul>{node.prepare.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {kind !== 'fix' && <Report id={`${tree.id}-report`} text={report} interactive={interactive} texts={texts} />}
    </div>
  );
}

/** The answers as plain text to paste into a chat with official support. Selectable without JavaScript. */
function Report({ id, text, interactive, texts }: { id: string; text: string; interactive: boolean; texts: TroubleshooterTexts }) {
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
      <label for={id} class="font-bold">{texts.reportLabel}</label>
      <textarea id={id} data-report readOnly rows={text.split('\n').length} class="tree-report">{text}</textarea>
      {interactive && (
        <>
          <button type="button" onClick={copy} data-copy-report class="tree-button">{texts.copy}</button>
          <span role="status" class="ml-2">{copied === 'done' ? texts.copied : copied === 'failed' ? texts.copyFailed : ''}</span>
        </>
      )}
      <p class="mt-1">{texts.reportNote}</p>
    </div>
  );
}

/** Where the full answer is (see outcomeArticles). */
function ArticleLinks({ found, texts }: { found: OutcomeArticles | undefined; texts: TroubleshooterTexts }) {
  if (!found || found.kind === 'none') return null;
  if (found.kind === 'here') return <p class="mt-3" data-article-here>{texts.articleHere}</p>;
  if (found.links.length === 1 && !found.links[0]!.wallet) {
    const { article } = found.links[0]!;
    return <p class="tree-link mt-3"><a href={article.url}>{texts.fullArticle}{article.title}</a></p>;
  }
  return (
    <div class="mt-3" data-article-per-wallet>
      <p class="font-bold">{texts.perWallet}</p>
      <ul>{found.links.map(({ wallet, walletName, article }) => <li key={wallet}>{walletName}：<a href={article.url}>{article.title}</a></li>)}</ul>
    </div>
  );
}
