// The /search/ page's own search box, which runs the query in its address.
import { mountSearch } from './pagefind-ui.ts';

customElements.define(
  'search-page',
  class extends HTMLElement {
    async connectedCallback() {
      const slot = this.querySelector<HTMLElement>('[data-search-slot]')!;
      try {
        const search = await mountSearch(slot, this.dataset.bundle!, this.dataset.base!, { syncUrl: true, filterLabel: slot.dataset.filterLabel ?? '' });
        search.focus(new URLSearchParams(location.search).get('q') ?? undefined);
      } catch {
        slot.textContent = slot.dataset.error ?? '';
      }
    }
  },
);
