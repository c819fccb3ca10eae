import { loadScript } from './load-script.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

// Pages opened from a search result carry ?highlight=…; only then is the highlighter fetched.
customElements.define(
  'search-highlight',
  class extends HTMLElement {
    async connectedCallback() {
      if (!new URLSearchParams(location.search).has('highlight')) return;
      try {
        await loadScript(`${this.dataset.bundle}pagefind-highlight.js`);
        const { PagefindHighlight } = window as unknown as { PagefindHighlight: Highlighter };
        new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
      } catch {
        // Highlighting is a nicety: offline or blocked, the page reads the same without it.
      }
    }
  },
);
