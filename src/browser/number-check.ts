/**
 * The number-check box: reads the embedded registry, checks what the reader typed, shows the
 * verdict. Nothing leaves the page. Loaded by NumberCheck.astro when the reader first uses the
 * box, so pages that carry it (the scam-check troubleshooter, /contact/) pay nothing up front.
 */
import { checkContact, type RegistryContact, type Verdict } from '../lib/safety/number-check';

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text) node.textContent = text; // text only: what a reader pastes is never read as HTML
  if (className) node.className = className;
  return node;
}

function render(verdict: Verdict): HTMLElement {
  const box = el('div');
  const list = (items: string[]) => {
    const ul = el('ul', undefined, 'mt-1 list-disc space-y-1 pl-5');
    for (const item of items) ul.append(el('li', item));
    return ul;
  };
  if (verdict.status === 'verified') {
    box.dataset.verdict = 'verified';
    box.append(el('p', '✓ 这是我们核实过官方来源的联系方式：', 'font-bold text-green-800 dark:text-green-300'));
    box.append(list(verdict.entries.map((e) => `${e.label}：${e.value}（来源：${new URL(e.source).host}）`)));
    box.append(el('p', '号码本身是真的，也不代表打来的人一定是真的：来电显示可以伪造。要核实，挂断后自己拨打这个号码。', 'mt-2'));
  } else if (verdict.status === 'unverified') {
    box.dataset.verdict = 'unverified';
    box.append(el('p', `✗ 「${verdict.values.join('」「')}」不在我们核实过的联系方式里。`, 'font-bold text-red-800 dark:text-red-300'));
    box.append(el('p', '这不一定说明它是假的，但你没有办法确认它是真的：不要回拨、不要点开、不要添加。自己从官方App、银行卡背面或银行自己的App里查号码。', 'mt-1'));
  } else if (verdict.status === 'no-contact') {
    box.dataset.verdict = 'no-contact';
    box.append(el('p', '没有在你输入的内容里找到电话号码、网址或账号。', 'font-bold'));
  }
  if (verdict.status !== 'empty' && verdict.signs.length > 0) {
    box.append(el('p', '还要注意：', 'mt-2 font-bold'));
    box.append(list(verdict.signs));
  }
  return box;
}

export function runNumberCheck(): void {
  const root = document.querySelector<HTMLElement>('[data-number-check]');
  const form = root?.querySelector<HTMLFormElement>('[data-number-check-form]');
  const input = root?.querySelector<HTMLInputElement>('input');
  const result = root?.querySelector<HTMLElement>('[data-number-check-result]');
  const data = root?.querySelector('[data-number-check-registry]')?.textContent;
  if (!root || !form || !input || !result || !data) return;
  const registry = JSON.parse(data) as RegistryContact[];
  const show = () => result.replaceChildren(render(checkContact(input.value, registry)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  // A link to the check page with ?n=… (the form without JavaScript submits that way) checks at once.
  const given = new URLSearchParams(location.search).get('n');
  if (given && location.pathname === form.getAttribute('action')) {
    input.value = given;
    show();
  }
}
