import { loadScript } from './load-script.ts';
// Built as its own module and only fetched on demand. The `?worker&url` suffix is how the
// bundler emits a separately bundled file and hands back its URL without adding a dynamic
// import (and its preload helper) to the code every page loads; it runs on the page, not in a worker.
import searchUiUrl from './search-ui.ts?worker&url';

export async function loadSearchUi() {
  await loadScript(searchUiUrl);
  return window.mountSiteSearch!;
}
