// The /search/ page's own search box, which keeps its query in the address (?q=).
import { mountSearchBox } from './search-box.ts';

customElements.define(
  'search-page',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.querySelector<HTMLElement>('[data-search-box]')!;
      this.querySelector('[data-search-needs-js]')?.remove();
      const search = mountSearchBox(root, { syncUrl: true });
      const query = new URLSearchParams(location.search).get('q')?.trim();
      if (query) search.warm();
      else {
        // The engine is fetched once the reader reaches for the box, not because the page opened.
        const input = root.querySelector('input')!;
        for (const type of ['pointerenter', 'pointerdown', 'keydown', 'input']) input.addEventListener(type, search.warm, { once: true });
      }
      search.open(query || undefined);
    }
  },
);
