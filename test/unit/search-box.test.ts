// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageData } from '../../src/lib/search-results.ts';
import type { SearchResponse } from '../../src/browser/pagefind-engine.ts';

/** Each query's pages; a page's data arrives when the test says so. */
const pending = new Map<string, () => void>();
function resultsFor(query: string, titles: string[], { held }: { held: boolean }): SearchResponse {
  return {
    results: titles.map((title, i) => ({
      id: `${query}-${i}`,
      score: 1,
      words: [],
      data: () => {
        const page: PageData = { url: `/${query}/${i}/`, excerpt: title, meta: { title } };
        if (!held) return Promise.resolve(page);
        return new Promise<PageData>((resolve) => pending.set(`${query}-${i}`, () => resolve(page)));
      },
    })),
  };
}
const engine = {
  search: vi.fn<(q: string) => Promise<SearchResponse>>(),
  debouncedSearch: vi.fn<(q: string) => Promise<SearchResponse>>(),
};
vi.mock('../../src/browser/pagefind-engine.ts', () => ({ loadEngine: () => Promise.resolve(engine) }));

const { mountSearchBox } = await import('../../src/browser/search-box.ts');

function box() {
  document.body.innerHTML = `
    <div data-search-box data-bundle="/pagefind/" data-base="/">
      <input role="combobox" aria-expanded="false">
      <button data-search-clear hidden></button>
      <p data-search-status></p>
      <div data-search-scroll><div id="r" role="listbox" data-search-results></div><div data-search-more></div></div>
    </div>`;
  const root = document.querySelector<HTMLElement>('[data-search-box]')!;
  mountSearchBox(root, { syncUrl: false });
  const input = root.querySelector('input')!;
  return {
    type(text: string) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    },
    titles: () => [...root.querySelectorAll('[role=option] .search-result-title')].map((e) => e.textContent),
    status: () => root.querySelector('[data-search-status]')!.textContent,
  };
}

beforeEach(() => {
  globalThis.IntersectionObserver = class {
    observe() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
  pending.clear();
});
afterEach(() => vi.clearAllMocks());

describe('search box', () => {
  it('shows the results of a query typed while the previous one is still loading its pages', async () => {
    const responses: Record<string, SearchResponse> = {
      client: resultsFor('client', ['Client one', 'Client two'], { held: true }),
      customer: resultsFor('customer', ['Customer one', 'Customer two'], { held: false }),
    };
    engine.debouncedSearch.mockImplementation((q) => Promise.resolve(responses[q]!));
    const search = box();

    search.type('client');
    await vi.waitFor(() => expect(pending.size).toBe(2));
    search.type('customer');
    await vi.waitFor(() => expect(search.status()).toContain('customer'));
    // The first query's pages arrive late; they must neither show nor hold back the second's.
    for (const resolve of pending.values()) resolve();

    await vi.waitFor(() => expect(search.titles()).toEqual(['Customer one', 'Customer two']));
    expect(search.status()).toMatch(/^2 results for “customer”/);
  });
});
