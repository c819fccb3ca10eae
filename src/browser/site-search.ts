import { searchShortcut, SINGLE_KEY_SHORTCUTS_KEY } from '../lib/search-shortcuts.ts';
import { safeStorage } from './safe-storage.ts';
import { syncQueryToUrl } from './search-url.ts';
import type { MountedSearch } from './search-box.ts';
import { loadSearchUi } from './load-search-ui.ts';

const inField = (el: Element | null) =>
  !!el && (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || el.closest('dialog[open]') !== null);

class SiteSearch extends HTMLElement {
  #dialog = this.querySelector('dialog')!;
  #box = this.querySelector<HTMLElement>('[data-search-box]')!;
  #mounted: Promise<MountedSearch> | undefined;

  /** The page keeps its own state in ?q= (the quiz's question, the table's words): search must not read or write it. */
  #pageOwnsQ = document.querySelector('[data-owns-q]') !== null;

  connectedCallback() {
    const singleKey = this.querySelector<HTMLInputElement>('[data-single-key]')!;
    singleKey.checked = safeStorage.get(SINGLE_KEY_SHORTCUTS_KEY) !== 'off';
    singleKey.addEventListener('change', () => safeStorage.set(SINGLE_KEY_SHORTCUTS_KEY, singleKey.checked ? 'on' : 'off'));

    const control = this.querySelector('[data-search-open]')!;
    control.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    // A reader reaching for search (pointer over it, focus on it, a key on it) starts the download.
    for (const type of ['pointerenter', 'focus', 'keydown'])
      control.addEventListener(type, () => void this.#mount().catch(() => {}), { once: true });
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

  /** The search box's code and then the engine, fetched once. */
  #mount() {
    this.#mounted ??= loadSearchUi().then((mount) => {
      const box = mount(this.#box, { syncUrl: !this.#pageOwnsQ });
      box.warm();
      return box;
    });
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
