import { searchShortcut, SINGLE_KEY_SHORTCUTS_KEY } from '../lib/search-shortcuts.ts';
import { safeStorage } from './safe-storage.ts';
import { syncQueryToUrl } from './search-url.ts';
import type { MountedSearch } from './pagefind-ui.ts';
import { loadSearchUi } from './load-search-ui.ts';

const inField = (el: Element | null) =>
  !!el && (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || el.closest('dialog[open]') !== null);

class SiteSearch extends HTMLElement {
  #dialog = this.querySelector('dialog')!;
  #mounted: Promise<MountedSearch> | undefined;

  /** The page keeps its own state in ?q= (the quiz's question, the table's words): search must not read or write it. */
  #pageOwnsQ = document.querySelector('[data-owns-q]') !== null;

  connectedCallback() {
    const singleKey = this.querySelector<HTMLInputElement>('[data-single-key]')!;
    singleKey.checked = safeStorage.get(SINGLE_KEY_SHORTCUTS_KEY) !== 'off';
    singleKey.addEventListener('change', () => safeStorage.set(SINGLE_KEY_SHORTCUTS_KEY, singleKey.checked ? 'on' : 'off'));

    this.querySelector('[data-search-open]')!.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    this.querySelector('[data-search-close]')!.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.#dialog.close());
    this.#dialog.addEventListener('close', () => this.#pageOwnsQ || syncQueryToUrl(''));
    document.addEventListener('keydown', (event) => {
      const action = searchShortcut(
        { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inField: inField(document.activeElement) },
        singleKey.checked,
      );
      if (action === 'open' && !this.#dialog.open) {
        event.preventDefault();
        this.open();
      }
    });
    // A shared link with ?q= reopens search with the same query (not on the search page, which has its own box).
    const query = this.#pageOwnsQ ? null : new URLSearchParams(location.search).get('q');
    if (query && !document.querySelector('[data-search-page]')) this.open(query);
  }

  open(query?: string) {
    if (!this.#dialog.open) this.#dialog.showModal();
    const slot = this.querySelector<HTMLElement>('[data-search-slot]')!;
    // Pagefind and its UI are fetched only now, the first time a reader opens search.
    this.#mounted ??= loadSearchUi().then((mount) =>
      mount(slot, this.dataset.bundle!, this.dataset.base!, { syncUrl: !this.#pageOwnsQ, filterLabel: slot.dataset.filterLabel ?? '' }),
    );
    this.#mounted.then((instance) => instance.focus(query)).catch(() => {
      slot.textContent = slot.dataset.error ?? '';
    });
  }
}
customElements.define('site-search', SiteSearch);
