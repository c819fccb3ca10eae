/**
 * Pagefind's search engine (pagefind.js and its WebAssembly), fetched from the site's own search
 * bundle the first time a reader shows they want to search, then shared by every search box.
 */
import type { PageData } from '../lib/search-results.ts';

export interface SearchResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PageData>;
}
export interface SearchResponse {
  results: SearchResult[];
  /** Results per filter value for this query before the reader's filters narrow it. */
  totalFilters?: Record<string, Record<string, number>>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<SearchResponse>;
  debouncedSearch(term: string, options: { filters?: Filters }, timeoutMs: number): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * How pages are ranked. A word in a page's title counts far more than one in its text, so the
 * page about a thing beats a page that mentions it; length counts a little less than Pagefind's
 * default, so a long lesson that covers a term is not buried under a short page naming it once.
 */
const RANKING = { metaWeights: { title: 10 }, pageLength: 0.6, termSaturation: 1.2 };

let engine: Promise<Pagefind> | undefined;

export function loadEngine(bundle: string, base: string): Promise<Pagefind> {
  engine ??= (async () => {
    // A URL the bundler must leave alone: the engine is written by the build after bundling.
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // No worker: for an index this small, searching on the page is as quick and saves a 12 KB download.
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 22, noWorker: true, ranking: RANKING });
    await pagefind.init();
    // The type filter's index (a few bytes): without it, results carry no counts for the chips.
    await pagefind.filters();
    return pagefind;
  })();
  // A failed download (offline on a first visit) is tried again next time, not remembered.
  engine.catch(() => (engine = undefined));
  return engine;
}

export type { Filters };
