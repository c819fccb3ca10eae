import { batch, createEffect, createMemo, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import { compareSearch, readCompareUrl, showingRow, type CompareNotice, type CompareState } from '../../../lib/compare-url.ts';
import { countByTheme, filterCriteria, isFiltered } from '../../../lib/criteria-filter.ts';
import { CRITERION_THEMES, type CriterionTheme } from '../../../lib/criterion-themes.ts';
import { replaceAddress } from '../../../browser/address.ts';
import { compareStrings as t } from '../../../strings/compare.ts';
import { ColumnHeads } from './ColumnHeads.tsx';
import { CompareControls } from './CompareControls.tsx';
import { COLUMN_COUNT, CriterionRow } from './CriterionRow.tsx';
import type { CriterionView } from './criterion-view.ts';
import { PinnedCriteria } from './PinnedCriteria.tsx';

function noticeText(n: CompareNotice): string {
  switch (n.kind) {
    case 'unknown-theme':
      return t.notices.unknownTheme(n.value);
    case 'unreadable-query':
      return t.notices.unreadableQuery;
    case 'no-match':
      return t.notices.noMatch(n.value);
    case 'unknown-pins':
      return t.notices.unknownPins(n.value);
  }
}

function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The comparison table. The server renders it whole, every row shown; once hydrated it filters
 * by theme and words, toggles columns, opens details, pins rows, and keeps the filter in the URL.
 */
export default function ComparisonTable(props: { criteria: CriterionView[] }) {
  const criteria = props.criteria;
  const [theme, setTheme] = createSignal<CriterionTheme | null>(null);
  const [q, setQ] = createSignal('');
  const [pins, setPins] = createSignal<string[]>([]);
  const [showSources, setShowSources] = createSignal(true);
  const [showConsumer, setShowConsumer] = createSignal(false);
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = createSignal<string[]>([]);
  const [announcement, setAnnouncement] = createSignal('');
  // Phones only: the filters fold behind one button, so the rows they choose stay on screen.
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  let searchBox: HTMLInputElement | undefined;
  let statusLine: HTMLParagraphElement | undefined;

  const state = (): CompareState => ({ theme: theme(), q: q(), pins: pins() });
  const apply = (s: CompareState) =>
    batch(() => {
      setTheme(s.theme);
      setQ(s.q);
      setPins(s.pins);
    });

  const shown = createMemo(() => new Set(filterCriteria(criteria, { theme: theme(), q: q() }).map((c) => c.id)));
  const groups = CRITERION_THEMES.map((id) => ({ id, rows: criteria.filter((c) => c.theme === id) })).filter((g) => g.rows.length > 0);
  const pinnedRows = createMemo(() => pins().map((id) => criteria.find((c) => c.id === id)!));
  const allOpen = createMemo(() => [...shown()].every((id) => open().has(id)) && shown().size > 0);
  const tableClass = () => ({ 'hide-sources': !showSources(), 'hide-consumer': !showConsumer() });
  const status = createMemo(() => {
    const themeName = theme() ? t.themes[theme()!] : undefined;
    return shown().size === 0 ? t.noMatch(q().trim(), themeName) : t.showing(shown().size, criteria.length, themeName);
  });

  // A reader's own change to the filter makes notices about the link they arrived by out of date.
  const chooseTheme = (next: CriterionTheme | null) => {
    batch(() => {
      setNotices([]);
      setTheme(next);
    });
    showFirstRow();
  };
  /** On a phone, where the open filters fill the screen: fold them and bring the first matching row into view. */
  const showFirstRow = () => {
    // Browsers without matchMedia (and test DOMs) keep the filters open, as on a wide screen.
    if (!window.matchMedia?.('(max-width: 40rem)').matches) return;
    setFiltersOpen(false);
    const first = criteria.find((c) => shown().has(c.id));
    requestAnimationFrame(() => (first ? document.getElementById(first.id) : statusLine)?.scrollIntoView?.({ block: 'start' }));
  };
  const search = (next: string) =>
    batch(() => {
      setNotices([]);
      setQ(next);
    });
  const clear = () => {
    batch(() => {
      setNotices([]);
      setTheme(null);
      setQ('');
    });
    searchBox?.focus();
  };

  const toggleOpen = (id: string) => {
    const next = new Set(open());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const toggleAll = () => setOpen(allOpen() ? new Set<string>() : new Set([...open(), ...shown()]));
  const togglePin = (c: CriterionView) => {
    const pinned = pins().includes(c.id);
    const next = pinned ? pins().filter((id) => id !== c.id) : [...pins(), c.id];
    setPins(next);
    setAnnouncement(pinned ? t.unpinnedNow(c.label, next.length) : t.pinnedNow(c.label, next.length));
  };

  // Dismissing notices or unpinning from the pinned list removes the button in use: keep keyboard
  // focus where it was (the pinned list, or the status line if the list is gone), not lost to the page.
  const dismissNotices = () => {
    setNotices([]);
    statusLine?.focus();
  };
  const unpinFromList = (unpin: () => void) => {
    unpin();
    (document.getElementById('pinned-title') ?? statusLine)?.focus();
  };

  /** Brings the row named in the address into view: clears a filter that hides it and opens its details. */
  const revealLinkedRow = () => {
    const id = hashId();
    const row = criteria.find((c) => c.id === id);
    if (!row) return;
    const { state: next, revealed } = showingRow(state(), id, criteria);
    if (revealed) {
      apply(next);
      setNotices([...notices(), t.notices.revealed(row.label)]);
    }
    setOpen(new Set([...open(), id]));
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView?.({ block: 'start' }));
  };

  onMount(() => {
    const fromUrl = readCompareUrl(location.search, criteria);
    apply(fromUrl.state);
    setNotices(fromUrl.notices.map(noticeText));
    revealLinkedRow();
    window.addEventListener('hashchange', revealLinkedRow);
    onCleanup(() => window.removeEventListener('hashchange', revealLinkedRow));
    createEffect(
      on([theme, q, pins], () => {
        replaceAddress(compareSearch(state(), location.search));
      }),
    );
  });

  return (
    <div class="comparison">
      <button
        type="button"
        class="compare-button compare-filter-toggle"
        aria-expanded={filtersOpen()}
        aria-controls="compare-tools"
        onClick={() => setFiltersOpen(!filtersOpen())}
      >
        {t.filterToggle(shown().size)}
      </button>
      <CompareControls
        open={filtersOpen()}
        onDone={showFirstRow}
        theme={theme()}
        q={q()}
        counts={countByTheme(criteria)}
        total={criteria.length}
        showSources={showSources()}
        showConsumer={showConsumer()}
        allOpen={allOpen()}
        filtered={isFiltered({ theme: theme(), q: q() })}
        onTheme={chooseTheme}
        onQuery={search}
        onShowSources={setShowSources}
        onShowConsumer={setShowConsumer}
        onToggleAll={toggleAll}
        onClear={clear}
        searchRef={(el) => (searchBox = el)}
      />
      <div class="compare-notices" role="status" data-pagefind-ignore>
        <Show when={notices().length > 0}>
          <ul>
            <For each={notices()}>{(n) => <li>{n}</li>}</For>
          </ul>
          <button type="button" class="compare-button" onClick={dismissNotices}>
            {t.notices.dismiss}
          </button>
        </Show>
      </div>
      <p class="compare-status" role="status" tabIndex={-1} ref={statusLine} data-pagefind-ignore>
        {status()}
      </p>
      <p class="sr-only" role="status">
        {announcement()}
      </p>
      <Show when={pinnedRows().length > 0}>
        <PinnedCriteria
          rows={pinnedRows()}
          tableClass={tableClass()}
          onUnpin={(c) => unpinFromList(() => togglePin(c))}
          onUnpinAll={() => unpinFromList(() => setPins([]))}
        />
      </Show>
      <Show when={shown().size === 0}>
        <div class="compare-empty">
          <p>{t.emptyNote}</p>
          <button type="button" class="compare-button" onClick={clear}>
            {t.emptyClear}
          </button>
        </div>
      </Show>
      <table class="compare-table" classList={tableClass()}>
        <caption>{t.caption}</caption>
        <ColumnHeads />
        <For each={groups}>
          {(group) => (
            <tbody hidden={!group.rows.some((c) => shown().has(c.id))}>
              <tr class="theme-row">
                <th scope="rowgroup" colSpan={COLUMN_COUNT} id={`theme-${group.id}`}>
                  {t.themes[group.id]}
                </th>
              </tr>
              <For each={group.rows}>
                {(c) => (
                  <CriterionRow
                    criterion={c}
                    hidden={!shown().has(c.id)}
                    open={open().has(c.id)}
                    pinned={pins().includes(c.id)}
                    onToggleOpen={() => toggleOpen(c.id)}
                    onTogglePin={() => togglePin(c)}
                  />
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
    </div>
  );
}
