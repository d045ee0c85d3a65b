/** "/" focuses the search box (the search page's own box where there is one), unless the reader is typing. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>('#search-page-input') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
