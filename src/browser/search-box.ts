/**
 * The search box: a combobox over a list of results (focus stays in the box, the arrow keys move
 * a highlight, Enter opens), type filters as toggle chips, one clear control. The markup is in
 * SearchBox.astro; this brings it to life once a reader shows they want to search.
 */
import { keepActive, listboxKey } from '../lib/search-listbox.ts';
import { resultView, type ResultView } from '../lib/search-results.ts';
import { byPhrase, entryFirst } from '../lib/search-ranking.ts';
import { searchStrings as t } from '../strings/search.ts';
import { syncQueryToUrl } from './search-url.ts';
import { loadEngine, type Filters, type SearchResponse, type SearchResult } from './pagefind-engine.ts';

/** Results shown at a time: each needs its page's data fetched, so only those on screen are. */
const BATCH = 5;
/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 120;

export interface MountedSearch {
  /** Fetches the engine now, ahead of the first query. */
  warm(): void;
  /** Focuses the box, first searching for `query` when given. */
  open(query?: string): void;
}

function optionFor(view: ResultView, id: string): HTMLAnchorElement {
  const option = document.createElement('a');
  option.className = 'search-result';
  option.id = id;
  option.href = view.url;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  const part = (className: string, text: string) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };
  option.append(part('search-result-type', view.type ? t.types[view.type].label : t.page), part('search-result-title', view.title));
  if (view.section) option.append(part('search-result-section', view.section));
  const excerpt = part('search-result-excerpt', '');
  excerpt.append(
    ...view.excerpt.map(({ text, marked }) => (marked ? Object.assign(document.createElement('mark'), { textContent: text }) : text)),
  );
  option.append(excerpt);
  return option;
}

export function mountSearchBox(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): MountedSearch {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;
  const chips = [...root.querySelectorAll<HTMLButtonElement>('[data-type]')];
  const engine = () => loadEngine(root.dataset.bundle!, root.dataset.base!);

  let results: SearchResult[] = [];
  /** The query whose results are on screen. */
  let resultsFor = '';
  let shown = 0;
  let active = -1;
  let run = 0;
  /** The batch being fetched, and the search it is for. */
  let loadingMore: { run: number; done: Promise<void> } | null = null;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const filters = (): Filters => {
    const types = chips.filter((c) => c.getAttribute('aria-pressed') === 'true').map((c) => c.dataset.type!);
    return types.length ? { type: { any: types } } : {};
  };

  function highlight(next: number) {
    const all = options();
    active = keepActive(next, all.length);
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  /** Shows the next batch of results, fetching only their pages' data. */
  function showMore(): Promise<void> {
    if (shown >= results.length) return Promise.resolve();
    // A batch still loading for an earlier query will add nothing: this query loads its own.
    if (loadingMore?.run === run) return loadingMore.done;
    const mine = run;
    const done = (async () => {
      const batch = results.slice(shown, shown + BATCH);
      const views = (await Promise.all(batch.map((r) => r.data()))).map(resultView);
      if (mine !== run) return;
      const ordered = shown === 0 ? entryFirst(views, resultsFor) : views;
      list.append(...ordered.map((view, i) => optionFor(view, `${list.id}-${shown + i}`)));
      shown += batch.length;
      input.setAttribute('aria-expanded', 'true');
    })().finally(() => {
      if (loadingMore?.done === done) loadingMore = null;
    });
    loadingMore = { run: mine, done };
    return done;
  }

  function show(query: string, response: SearchResponse) {
    resultsFor = query;
    results = byPhrase(response.results, query);
    shown = 0;
    list.replaceChildren();
    highlight(-1);
    input.setAttribute('aria-expanded', 'false');
    const counts = response.totalFilters?.type ?? {};
    for (const chip of chips) chip.querySelector('[data-count]')!.textContent = query ? ` ${counts[chip.dataset.type!] ?? 0}` : '';
    const narrowed = Object.keys(filters()).length > 0;
    status.textContent = !query
      ? ''
      : results.length === 0
        ? t.none(query)
        : narrowed
          ? t.filtered(results.length, query)
          : t.results(results.length, query);
    return showMore();
  }

  async function search(immediately = false) {
    const query = input.value.trim();
    clear.hidden = input.value === '';
    if (syncUrl) syncQueryToUrl(query);
    const mine = ++run;
    if (!query) {
      show('', { results: [] });
      return;
    }
    if (!results.length) status.textContent = t.loading;
    try {
      const pagefind = await engine();
      const response = immediately
        ? await pagefind.search(query, { filters: filters() })
        : await pagefind.debouncedSearch(query, { filters: filters() }, TYPING_PAUSE_MS);
      // A newer keystroke or filter has started its own search: this one's results are stale.
      if (response && mine === run) await show(query, response);
    } catch {
      if (mine === run) status.textContent = t.failed;
    }
  }

  input.addEventListener('input', () => void search());
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'Escape') {
      const dialog = root.closest('dialog');
      event.preventDefault();
      if (dialog) dialog.close();
      else if (active >= 0) highlight(-1);
      else if (input.value) {
        input.value = '';
        void search(true);
      }
      return;
    }
    // Moving down from the last result shown brings the next ones in first.
    if (event.key === 'ArrowDown' && active === shown - 1 && shown < results.length) {
      event.preventDefault();
      await showMore();
    }
    const action = listboxKey(event.key, active, options().length);
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'move') highlight(action.active);
    else options()[action.index]?.click();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void search(true);
    input.focus();
  });
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
      void search(true);
    });
  }
  // Scrolling to the end of the list shows the next results.
  const scrollBox = root.querySelector<HTMLElement>('[data-search-scroll]')!;
  const scroller = getComputedStyle(scrollBox).overflowY === 'auto' ? scrollBox : null;
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void showMore(), {
    root: scroller,
    rootMargin: '0px 0px 80px 0px',
  }).observe(more);

  return {
    warm: () => void engine().catch(() => {}),
    open(query) {
      if (query !== undefined && query !== input.value) input.value = query;
      // What was typed while the engine was still on its way is searched now.
      if (input.value.trim() && !results.length) void search(true);
      input.focus();
    },
  };
}
