/** Keeps the search query in the address bar, so a search can be shared and Back returns to it. */
export function syncQueryToUrl(query: string) {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
