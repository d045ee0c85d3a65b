/**
 * The form of the number check (核实号码), an island: on pages that carry the box below the fold
 * (the scam-check troubleshooter) its code loads only when the reader scrolls to it. What the
 * reader pastes is checked here, in the browser, and shown as text; nothing is sent anywhere.
 * Without JavaScript the form still submits to /check/ and the box lists the verified numbers.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkContact, type RegistryContact, type UnverifiedKind, type Verdict } from '../lib/safety/number-check';
import { CONTACT_KIND_LABELS, contactHref } from '../lib/contacts';

interface Props {
  registry: RegistryContact[];
  action: string;
}

export default function NumberCheckForm({ registry, action }: Props) {
  const [value, setValue] = useState('');
  const [verdict, setVerdict] = useState<Verdict>({ status: 'empty' });
  const [ready, setReady] = useState(false);
  // A link to /check/?n=… (how the form submits without JavaScript) is checked at once.
  useEffect(() => {
    setReady(true);
    const given = new URLSearchParams(location.search).get('n');
    if (given && location.pathname === action) {
      setValue(given);
      setVerdict(checkContact(given, registry));
    }
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    setVerdict(checkContact(value, registry));
  };
  return (
    <>
      <form data-number-check-form data-ready={ready ? '' : undefined} class="mt-2 flex flex-wrap gap-2" action={action} method="get" onSubmit={submit}>
        <label for="number-check-input" class="w-full">把号码、网址或账号粘贴到这里（只在你的手机上检查，不会发送到任何地方）：</label>
        <input id="number-check-input" name="n" type="text" autocomplete="off" required value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          class="min-h-11 min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100" />
        <button type="submit" class="min-h-11 rounded bg-brand-700 px-4 text-white">核实</button>
      </form>
      <div data-number-check-result role="status" aria-live="polite" class="mt-3"><Result verdict={verdict} /></div>
    </>
  );
}

const DONT: Record<UnverifiedKind, string> = { number: '不要回拨这个号码', link: '不要点开这个链接', account: '不要添加这个账号', email: '不要回复这个邮箱' };

/** A verified number as a tap-to-call link, a website as its address; the rest as text. */
function Value({ entry }: { entry: RegistryContact }) {
  const href = entry.kind === 'hotline' || entry.kind === 'website' ? contactHref({ kind: entry.kind, value: entry.value }) : undefined;
  return href ? <a href={href} rel={entry.kind === 'website' ? 'noopener noreferrer' : undefined}>{entry.value}</a> : <>{entry.value}</>;
}

function Result({ verdict }: { verdict: Verdict }) {
  if (verdict.status === 'empty') return null;
  const signs = verdict.signs.length > 0 && (
    <>
      <p class="mt-2 font-bold">还要注意：</p>
      <ul class="mt-1 list-disc space-y-1 pl-5">{verdict.signs.map((s) => <li key={s}>{s}</li>)}</ul>
    </>
  );
  if (verdict.status === 'verified') {
    return (
      <div data-verdict="verified">
        <p class="font-bold text-green-800 dark:text-green-300">✓ 这是我们核实过官方来源的联系方式：</p>
        <ul class="mt-1 list-disc space-y-1 pl-5">{verdict.entries.map((e) => <li key={e.id}>{e.label}（{CONTACT_KIND_LABELS[e.kind as keyof typeof CONTACT_KIND_LABELS] ?? '联系方式'}）：<Value entry={e} />（来源：{new URL(e.source).host}）</li>)}</ul>
        {verdict.entries.some((e) => e.kind === 'hotline') && <p class="mt-2">号码本身是真的，也不代表打来的人一定是真的：来电显示可以伪造。要核实，挂断后自己拨打这个号码。</p>}
        {verdict.entries.some((e) => e.kind === 'website') && <p class="mt-2">这个网址打开的是官方网站。短信或聊天里发来的链接，仍然最好不点，自己输入网址或从官方App里打开。</p>}
        {signs}
      </div>
    );
  }
  if (verdict.status === 'unverified') {
    return (
      <div data-verdict="unverified">
        <p class="font-bold text-red-800 dark:text-red-300">✗ 「{verdict.values.join('」「')}」不在我们核实过的联系方式里。</p>
        <p class="mt-1">这不一定说明它是假的，但你没有办法确认它是真的：{verdict.kinds.map((k) => DONT[k]).join('、')}。自己从官方App、银行卡背面或银行自己的App里查联系方式。</p>
        {signs}
      </div>
    );
  }
  return (
    <div data-verdict="no-contact">
      <p class="font-bold">没有在你输入的内容里找到电话号码、网址或账号。</p>
      {signs}
    </div>
  );
}
