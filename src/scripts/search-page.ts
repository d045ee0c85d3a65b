/**
 * The /search/ page: reads ?q=, queries the Pagefind index in the browser and lists the results.
 * Pagefind's files only exist after `npm run build`; in `astro dev` the page says so.
 */
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] }> }

/** Pagefind marks hits with <mark>; everything else in the excerpt is shown as plain text. */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/g)) {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1]! : part).replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    } else fragment.append(text);
  }
  return fragment;
}

export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;

  status.textContent = '正在搜索…';
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch {
    status.textContent = '搜索索引还没有生成：运行npm start（先构建再预览）后即可搜索。';
    return;
  }
  const { results } = await pagefind.search(query);
  const items = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.dataset.result = '';
      a.className = 'font-medium';
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      p.className = 'text-sm';
      p.append(safeExcerpt(item.excerpt));
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = items.length ? `找到 ${results.length} 条结果。` : `没有找到「${query}」的结果。试试换个说法，或者按钱包浏览。`;
}
