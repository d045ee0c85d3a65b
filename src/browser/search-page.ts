/**
 * The /search/ page. Contract (tests rely on it): `?q=` runs on load; typing updates the URL with
 * replaceState; `wallet` and `topic` filters live in the URL too; matching troubleshooters render
 * in [data-search-troubleshooters] above the results, and a number or address in the query gets a
 * link to the number check in [data-search-number-check]; results render inside [data-search-results],
 * each main link is <a data-result>, in rank order, with its excerpt in [data-result-excerpt];
 * [data-search-empty] is shown when nothing answers — never for a query that sounds like danger:
 * that shows [data-search-danger] (110, 96110, the first-hour page) at once, before any fetch. ↑/↓ move between results, Enter opens one.
 */
import { search, type Found, type SearchInput, type SearchResults } from '../lib/search/pipeline';
import { highlightRuns } from '../lib/search/highlight';
import { recognizeDanger, recognizeDangerBySound, type DangerData } from '../lib/search/danger';
import { readingsFile, type Readings } from '../lib/search/answers';
import { readingOf } from '../lib/search/sounds';

type PageData = SearchInput['data'] & {
  wallets: Record<string, string>;
  topics: Record<string, string>;
  /** The number check page (/check/), which takes ?n=. */
  checkUrl: string;
  danger: DangerData;
};

/** Could the query hold a phone number, address or e-mail? Only then is the detector loaded. */
const MAYBE_CONTACT = /\d{3,}|www\.|https?:|@|\.[a-z]{2,}/i;
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 10;
/** Characters of an excerpt before it is cut with 「…」. */
const EXCERPT_CHARS = 90;
/** The first result shows its answer paragraph whole, up to this length: often the reader need not click. */
const TOP_ANSWER_CHARS = 200;

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // noWorker: searching this index on the main thread is quick, and it saves fetching the worker.
  await pagefind.options({ excerptLength: 30, noWorker: true });
  return pagefind;
}

/** Text with the matched words marked; what the reader typed is never read as HTML. */
function excerptNode(text: string, highlight: string[], limit: number): HTMLElement {
  const p = document.createElement('p');
  p.dataset.resultExcerpt = '';
  p.className = 'mt-1';
  const cut = text.length > limit ? `${text.slice(0, limit)}…` : text;
  for (const part of highlightRuns(cut, highlight)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

/** Pagefind's excerpt as plain text: its <mark>s dropped (we mark whole words ourselves). */
function plainExcerpt(excerpt: string): string {
  return excerpt.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\.\s/g, '…');
}

export function runSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const data = JSON.parse(document.getElementById('search-data')!.textContent!) as PageData;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const walletSelect = form.querySelector<HTMLSelectElement>('select[name="wallet"]')!;
  const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const trees = root.querySelector<HTMLElement>('[data-search-troubleshooters]')!;
  const numberCheck = root.querySelector<HTMLElement>('[data-search-number-check]')!;
  const dangerBox = root.querySelector<HTMLElement>('[data-search-danger]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  walletSelect.value = params.get('wallet') ?? '';
  topicSelect.value = params.get('topic') ?? '';
  root.dataset.ready = '';

  const files = new Map<string, Promise<unknown>>();
  const fetcher = (url: string) => {
    if (!files.has(url)) files.set(url, fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${url}`)))));
    return files.get(url)!;
  };
  let pagefind: Promise<Pagefind> | undefined;
  const body = async (query: string): Promise<Found[]> => {
    pagefind ??= loadPagefind();
    const pf = await pagefind;
    const filters: Record<string, string> = {};
    if (walletSelect.value) filters.wallet = data.wallets[walletSelect.value]!;
    if (topicSelect.value) filters.topic = data.topics[topicSelect.value]!;
    const { results } = await pf.search(query, { filters });
    const items = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const idOf = (name: string | undefined, table: Record<string, string>) => Object.keys(table).find((k) => table[k] === name) ?? '';
    return items.map((item) => ({
      url: item.url, title: item.meta.title ?? item.url, excerpt: plainExcerpt(item.excerpt), highlight: [],
      wallet: idOf(item.filters.wallet?.[0], data.wallets), topic: idOf(item.filters.topic?.[0], data.topics),
    }));
  };
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
    // Recognised from the page's own data, so the numbers show before the index answers (or fails).
    let danger = query !== '' && recognizeDanger(query, data.danger, data.t2s, data.fixes);
    dangerBox.hidden = !danger;
    if (!query) {
      list.replaceChildren();
      trees.replaceChildren();
      trees.hidden = true;
      renderNumberCheck([]);
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    root.setAttribute('aria-busy', 'true');
    try {
      const [results, contacts] = await Promise.all([
        search({ raw: query, data, fetcher, body, onlyWallet: walletSelect.value || undefined, onlyTopic: topicSelect.value || undefined }),
        contactsIn(query),
      ]);
      if (mine !== generation) return; // a newer search has started
      // Typos by sound, only when ranking fetched the reading table for this query anyway.
      const readings = files.get(readingsFile(data.meta));
      if (!danger && readings) {
        danger = recognizeDangerBySound(query, data.danger, readingOf((await readings) as Readings), data.t2s);
        if (mine !== generation) return;
        dangerBox.hidden = !danger;
      }
      renderNumberCheck(contacts);
      render(results, query, danger);
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

  const label = (f: Found) => [data.wallets[f.wallet], data.topics[f.topic]].filter(Boolean).join(' · ');

  const render = (results: SearchResults, query: string, danger: boolean) => {
    trees.replaceChildren(...(results.troubleshooters.length ? [treeBlock(results.troubleshooters)] : []));
    trees.hidden = results.troubleshooters.length === 0;
    const shown = results.articles.slice(0, MAX_RESULTS);
    list.replaceChildren(...shown.map((f, rank) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = f.url;
      a.dataset.result = '';
      a.className = 'text-lg font-medium';
      a.textContent = f.title;
      const meta = document.createElement('p');
      meta.className = 'text-slate-600 dark:text-slate-400';
      meta.textContent = f.intent ? `防骗提醒 · ${label(f)}` : label(f);
      li.append(a, meta, excerptNode(f.excerpt, f.highlight, rank === 0 ? TOP_ANSWER_CHARS : EXCERPT_CHARS));
      return li;
    }));
    status.textContent = shown.length ? `找到${shown.length}条结果。` : danger ? '先看上面的紧急求助。' : `手册里没有回答「${query}」的文章。`;
    empty.hidden = shown.length > 0 || danger;
  };

  // A reader who searches a number (or address) someone gave them wants to know if it is real:
  // the number check answers that, in the browser, against the registry.
  const contactsIn = async (query: string): Promise<string[]> => {
    if (!MAYBE_CONTACT.test(query)) return [];
    const { findRawContacts } = await import('../lib/safety/contact-detector');
    return [...new Set(findRawContacts(query).map((c) => c.value))];
  };
  const renderNumberCheck = (values: string[]) => {
    numberCheck.hidden = values.length === 0;
    numberCheck.replaceChildren(...values.slice(0, 3).map((value) => {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = `${data.checkUrl}?n=${encodeURIComponent(value)}`;
      a.dataset.numberCheckLink = '';
      a.textContent = '用「核实号码」查一查';
      p.append(`想知道「${value}」是不是官方的？先别打过去或点开，`, a);
      return p;
    }));
  };

  const treeBlock = (found: Found[]) => {
    const box = document.createElement('div');
    const heading = document.createElement('p');
    heading.className = 'font-bold';
    heading.textContent = '一步步排查：';
    const ul = document.createElement('ul');
    ul.className = 'mt-1 space-y-1';
    for (const f of found) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = f.url;
      a.dataset.troubleshooterResult = '';
      a.textContent = f.title;
      li.append(a);
      ul.append(li);
    }
    box.append(heading, ul);
    return box;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
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
