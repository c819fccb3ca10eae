/**
 * Puts a page's state in the address bar without adding a history entry, keeping the path and
 * the fragment. `query` is '' or starts with '?' (see pageQuery in src/lib/query-params.ts).
 */
export function replaceAddress(query: string): void {
  const next = `${location.pathname}${query}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}
