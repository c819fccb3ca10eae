// Loaded only when a reader opens search: mounts Pagefind's UI into the dialog or the search page.
import { mountSearch, type MountedSearch } from './pagefind-ui.ts';

declare global {
  interface Window {
    /** Set by this module; the always-loaded site script calls it once search is wanted. */
    mountSiteSearch?: typeof mountSearch;
  }
}
window.mountSiteSearch = mountSearch;
// The /search/ page's own box is defined here too, so only that page pays for it.
import './search-page.ts';
export type { MountedSearch };
