import { searchShortcut, SINGLE_KEY_SHORTCUTS_KEY } from '../lib/search-shortcuts.ts';
import { safeStorage } from './safe-storage.ts';
import { loadSearchUi } from './load-search-ui.ts';
import { keyPress } from './in-field.ts';
import type { MountedSearch } from './search-box.ts';

// On every page: what opens search (its link, Ctrl/⌘+K, `/`, a shared ?q=). Everything the open
// dialog does (its box, the shortcut setting, closing) comes with the search code, fetched as a
// reader reaches for search; the close button is a plain dialog form and needs none.
class SiteSearch extends HTMLElement {
  #dialog = this.querySelector('dialog')!;
  #box = this.querySelector<HTMLElement>('[data-search-box]')!;
  #mounted: Promise<MountedSearch> | undefined;
  #styles: HTMLLinkElement | undefined;

  /** The page keeps its own state in ?q= (the quiz's question, the table's words): search must not read or write it. */
  #pageOwnsQ = document.querySelector('[data-owns-q]') !== null;

  connectedCallback() {
    const control = this.querySelector('[data-search-open]')!;
    control.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    // A reader reaching for search (pointer over it, focus on it, a key on it) starts the download.
    for (const type of ['pointerenter', 'focus', 'keydown'])
      control.addEventListener(type, () => void this.#mount().catch(() => {}), { once: true });
    document.addEventListener('keydown', (event) => {
      if (searchShortcut(keyPress(event), safeStorage.get(SINGLE_KEY_SHORTCUTS_KEY) !== 'off') === 'open' && !this.#dialog.open) {
        event.preventDefault();
        this.open();
      }
    });
    // A shared link with ?q= reopens search with the same query (not on the search page, which has its own box).
    const query = this.#pageOwnsQ ? null : new URLSearchParams(location.search).get('q');
    if (query && !document.querySelector('[data-search-page]')) this.open(query);
  }

  /** The search box's code and then the engine, fetched once. */
  #mount() {
    // The dialog's styles and Pagefind's engine download beside the box's code rather than after it.
    // The dialog opens at once, so no key typed after Ctrl+K is lost; its frame is in global.css,
    // and what is inside stays unseen until its styles apply (or fail to), so nothing moves.
    if (!this.#mounted && !this.#styles) {
      this.#styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: this.dataset.styles });
      const styled = () => (this.#dialog.dataset.styled = '');
      this.#styles.addEventListener('load', styled);
      this.#styles.addEventListener('error', styled);
      document.head.append(
        this.#styles,
        Object.assign(document.createElement('link'), { rel: 'modulepreload', href: `${this.#box.dataset.bundle}pagefind.js` }),
      );
    }
    this.#mounted ??= loadSearchUi().then((mount) => mount(this, { syncUrl: !this.#pageOwnsQ }));
    this.#mounted.catch(() => (this.#mounted = undefined));
    return this.#mounted;
  }

  open(query?: string) {
    if (!this.#dialog.open) this.#dialog.showModal();
    const input = this.#box.querySelector('input')!;
    // The box is already in the page: the reader can type while its code arrives.
    if (query) input.value = query;
    input.focus();
    this.#mount()
      .then((box) => box.open(query))
      .catch(() => {
        this.#box.querySelector('[data-search-status]')!.textContent = this.#box.dataset.failed ?? '';
      });
  }
}
customElements.define('site-search', SiteSearch);
