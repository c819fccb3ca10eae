// Loaded only when a reader shows they want to search: the search box, the search dialog's own
// controls, and the /search/ page's element, so only that page pays for it. Pagefind's engine
// follows when the box is mounted.
import { SINGLE_KEY_SHORTCUTS_KEY } from '../lib/search-shortcuts.ts';
import { mountSearchBox, type MountedSearch } from './search-box.ts';
import { safeStorage } from './safe-storage.ts';
import { syncQueryToUrl } from './search-url.ts';
import './search-page.ts';

/** Wires the site-wide search dialog in `site` (a <site-search>) and mounts the box inside it. */
function mountSiteSearch(site: HTMLElement, { syncUrl }: { syncUrl: boolean }): MountedSearch {
  const dialog = site.querySelector('dialog')!;
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => syncUrl && syncQueryToUrl(''));
  const singleKey = site.querySelector<HTMLInputElement>('[data-single-key]')!;
  // Disabled in the markup until now, so a change can never be made that would not be kept.
  singleKey.checked = safeStorage.get(SINGLE_KEY_SHORTCUTS_KEY) !== 'off';
  singleKey.disabled = false;
  singleKey.addEventListener('change', () => safeStorage.set(SINGLE_KEY_SHORTCUTS_KEY, singleKey.checked ? 'on' : 'off'));
  const box = mountSearchBox(site.querySelector<HTMLElement>('[data-search-box]')!, { syncUrl });
  box.warm();
  return box;
}

declare global {
  interface Window {
    /** Set by this module; the always-loaded site script calls it once search is wanted. */
    mountSiteSearch?: typeof mountSiteSearch;
  }
}
window.mountSiteSearch = mountSiteSearch;
