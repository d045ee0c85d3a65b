/** The end of a troubleshooter path: a fix, the official channel to contact, or a fraud stop sign. */
import { ROUTES } from '../../lib/routes';
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { TroubleshooterNode, Troubleshooter } from '../../lib/content/schemas';
import type { ArticleView, ContactView } from '../../lib/troubleshooter/view';
import type { TroubleshooterTexts } from '../../lib/troubleshooter/texts';

interface Props {
  node: TroubleshooterNode;
  tree: Troubleshooter;
  contacts: Record<string, ContactView>;
  articles: Record<string, ArticleView>;
  report: string;
  texts: TroubleshooterTexts;
  headingRef: Ref<HTMLHeadingElement>;
  Heading: 'h2' | 'h3';
  /** True once hydrated: only then can the copy button work, so only then is it shown. */
  interactive: boolean;
}


export function Outcome({ node, tree, contacts, articles, texts, report, headingRef, Heading, interactive }: Props) {
  const kind = node.outcome!;
  const article = node.article ? articles[node.article] : undefined;
  return (
    <div data-outcome={kind} class="tree-outcome">
      <p class="text-sm font-bold">{texts.kinds[kind]}</p>
      <Heading ref={headingRef} tabIndex={-1} class="text-lg font-bold">{node.title}</Heading>
      {kind === 'fraud-alert' && (
        <ul class="mt-2 font-medium">{texts.fraudStop.map((t) => <li key={t}>{t}</li>)}</ul>
      )}
      {node.steps && node.steps.length > 0 && (
        <ol class="mt-2">{node.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      )}
      {article && <p class="mt-3"><a href={article.url}>{texts.fullArticle}{article.title}</a></p>}
      {kind === 'contact-official' && (
        <p class="mt-3" data-find-official>
          {texts.findOfficial}<a href={ROUTES.contact}>{texts.more}</a>
        </p>
      )}
      {node.contacts && node.contacts.length > 0 && (
        <div class="mt-3 space-y-2">
          <p class="font-bold">{kind === 'fraud-alert' ? texts.helpChannels : texts.officialChannels}</p>
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
          <span role="status" class="ml-2 text-sm">{copied === 'done' ? texts.copied : copied === 'failed' ? texts.copyFailed : ''}</span>
        </>
      )}
      <p class="mt-1 text-xs">{texts.reportNote}</p>
    </div>
  );
}
