/**
 * The /search/ page. Contract (tests rely on it): `?q=` runs on load; typing updates the URL with
 * replaceState; `wallet` and `topic` filters live in the URL too; results render inside
 * [data-search-results], each main link is <a data-result>, in rank order; ↑/↓ move between
 * results and Enter opens one. Pagefind's files exist only after a build; dev says how to get them.
 */
import { search, type Engine, type SearchData, type SearchOutcome } from '../lib/search/pipeline';

interface PageData extends SearchData {
  wallets: Record<string, string>;
  topics: Record<string, string>;
}
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 10;

/** Pagefind marks hits with <mark>; everything else in the excerpt is shown as plain text. */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const decode = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/g)) {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = decode(hit[1]!);
      fragment.append(mark);
    } else fragment.append(decode(part));
  }
  return fragment;
}

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // noWorker: searching this small index on the main thread is quick, and it saves fetching
  // pagefind-worker.js (~12 KB gzip) on the first search, which matters on slow mobile networks.
  await pagefind.options({ excerptLength: 40, noWorker: true });
  return pagefind;
}

export function runSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const data = JSON.parse(document.getElementById('search-data')!.textContent!) as PageData;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const walletSelect = form.querySelector<HTMLSelectElement>('select[name="wallet"]')!;
  const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const relaxedNote = root.querySelector<HTMLElement>('[data-search-relaxed]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  walletSelect.value = params.get('wallet') ?? '';
  topicSelect.value = params.get('topic') ?? '';
  root.dataset.ready = '';

  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (walletSelect.value) next.set('wallet', walletSelect.value);
    if (topicSelect.value) next.set('topic', topicSelect.value);
    const qs = next.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  };

  const run = async () => {
    const mine = ++generation;
    const query = input.value.trim();
    syncUrl();
    empty.hidden = true;
    relaxedNote.hidden = true;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    root.setAttribute('aria-busy', 'true');
    try {
      pagefind ??= loadPagefind();
      const pf = await pagefind;
      const found = new Map<string, PagefindResult>();
      const topicName = data.topics[topicSelect.value];
      const chosenWallet = data.wallets[walletSelect.value];
      const engine: Engine = async (q, wallet) => {
        const filters: Record<string, string> = {};
        if (chosenWallet ?? wallet) filters.wallet = (chosenWallet ?? wallet)!;
        if (topicName) filters.topic = topicName;
        const { results } = await pf.search(q, { filters });
        for (const r of results) found.set(r.id, r);
        return results.map((r) => ({ id: r.id, score: r.score }));
      };
      const outcome = await search(query, data, engine);
      const items = await Promise.all(outcome.hits.slice(0, MAX_RESULTS).map((h) => found.get(h.id)!.data()));
      if (mine !== generation) return; // a newer search has started
      render(items, outcome, query);
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = import.meta.env.DEV
        ? '开发模式下还没有搜索索引：先运行一次 npm run build，之后 npm run dev 会使用上次构建的索引。'
        : `搜索出错了，请刷新页面再试。（${error instanceof Error ? error.message : String(error)}）`;
    } finally {
      if (mine === generation) root.removeAttribute('aria-busy');
    }
  };

  const render = (items: PagefindData[], outcome: SearchOutcome, query: string) => {
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.dataset.result = '';
      a.className = 'text-lg font-medium';
      a.textContent = item.meta.title ?? item.url;
      const meta = document.createElement('p');
      meta.className = 'text-sm text-slate-600 dark:text-slate-400';
      meta.textContent = [item.filters.wallet?.[0], item.filters.topic?.[0]].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'text-sm';
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(a, meta, excerpt);
      return li;
    }));
    if (outcome.relaxedTerms.length && items.length) {
      relaxedNote.hidden = false;
      relaxedNote.textContent = `没有同时包含所有词的结果，下面是包含「${outcome.relaxedTerms.join('」「')}」中部分词的结果。`;
    }
    status.textContent = items.length ? `找到 ${items.length} 条结果。` : `没有找到「${query}」的结果。`;
    empty.hidden = items.length > 0;
    if (!items.length && outcome.relaxedTerms.length) {
      empty.querySelector('[data-tried]')!.textContent = `也试过分别搜索：「${outcome.relaxedTerms.join('」「')}」。`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  walletSelect.addEventListener('change', run);
  topicSelect.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });

  // ↑/↓ move between the search box and the results; Enter on a result follows its link.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') (links[at + 1] ?? links[0])!.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]!.focus();
    e.preventDefault();
  });

  if (input.value.trim()) void run();
}
