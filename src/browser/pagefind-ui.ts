/**
 * Loads Pagefind's Component UI on demand and wires it to the page: nothing of search is
 * downloaded until a reader asks for it.
 */
import { syncQueryToUrl } from './search-url.ts';
import { loadScript } from './load-script.ts';

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', handler: (term: string) => void, owner?: unknown): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

export interface MountedSearch {
  /** Puts focus in the search box, optionally with a query already searched. */
  focus(query?: string): void;
}


export async function mountSearch(slot: HTMLElement, bundle: string, base: string, options: { syncUrl: boolean; filterLabel: string }): Promise<MountedSearch> {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(css);
  await loadScript(`${bundle}pagefind-component-ui.js`);

  slot.innerHTML = `
    <pagefind-config bundle-path="${bundle}" base-url="${base}" highlight-param="highlight"></pagefind-config>
    <pagefind-input></pagefind-input>
    <pagefind-filter-dropdown filter="type" label="Type"></pagefind-filter-dropdown>
    <pagefind-summary></pagefind-summary>
    <pagefind-results></pagefind-results>`;
  const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
  const instance = components.getInstanceManager().getInstance('default');
  if (options.syncUrl) instance.on('search', (term) => syncQueryToUrl(term.trim()));

  // Pagefind's type filter is a button with role="combobox", which needs a name of its own.
  const nameFilters = () => {
    for (const trigger of slot.querySelectorAll('.pf-dropdown-trigger:not([aria-label])')) trigger.setAttribute('aria-label', options.filterLabel);
  };
  new MutationObserver(nameFilters).observe(slot, { childList: true, subtree: true });
  nameFilters();

  return {
    focus(query) {
      const input = slot.querySelector<HTMLInputElement>('pagefind-input input');
      if (query) {
        if (input) input.value = query;
        instance.triggerSearch(query);
      }
      input?.focus();
    },
  };
}
