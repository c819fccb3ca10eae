/**
 * Puts a page's state in the address bar without adding a history entry, keeping the path and
 * the fragment. `query` is '' or starts with '?' (see pageQuery in src/lib/query-params.ts).
 */
export function replaceAddress(query: string): void {
  const next = `${location.pathname}${query}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}

/**
 * The address to share for where the reader is now: this page's, or, in a view embedded in
 * another site (`<html data-page>`), the full page it comes from, with the same state.
 */
export function shareableAddress(): string {
  const url = new URL(location.href);
  const page = document.documentElement.dataset.page;
  if (page) url.pathname = page;
  return url.href;
}
