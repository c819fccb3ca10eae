import { loadScript } from './load-script.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

// Loaded by site.ts only on pages opened from a search result (?highlight=…), which then fetch
// Pagefind's highlighter.
customElements.define(
  'search-highlight',
  class extends HTMLElement {
    async connectedCallback() {
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
