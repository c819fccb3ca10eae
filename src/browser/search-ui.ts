// Loaded only when a reader shows they want to search: the search box, and the /search/ page's
// element, so only that page pays for it. Pagefind's engine follows when the box is mounted.
import { mountSearchBox } from './search-box.ts';
import './search-page.ts';

declare global {
  interface Window {
    /** Set by this module; the always-loaded site script calls it once search is wanted. */
    mountSearchBox?: typeof mountSearchBox;
  }
}
window.mountSearchBox = mountSearchBox;
