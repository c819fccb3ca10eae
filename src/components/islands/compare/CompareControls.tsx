import { For } from 'solid-js';
import { CRITERION_THEMES, type CriterionTheme } from '../../../lib/criterion-themes.ts';
import { compareStrings as t } from '../../../strings/compare.ts';

interface Props {
  theme: CriterionTheme | null;
  q: string;
  counts: Map<CriterionTheme, number>;
  total: number;
  showSources: boolean;
  showConsumer: boolean;
  allOpen: boolean;
  filtered: boolean;
  onTheme: (theme: CriterionTheme | null) => void;
  onQuery: (q: string) => void;
  onShowSources: (on: boolean) => void;
  onShowConsumer: (on: boolean) => void;
  onToggleAll: () => void;
  onClear: () => void;
  searchRef: (el: HTMLInputElement) => void;
  /** Unfolded on a phone (wider screens always show the controls). */
  open: boolean;
  /** Enter in the word box: done filtering. */
  onDone: () => void;
}

/** Theme choice, word search, column toggles and whole-table actions. */
export function CompareControls(props: Props) {
  const ThemeChoice = (p: { value: CriterionTheme | null; label: string; count: number }) => (
    <label class="chip">
      <input type="radio" name="theme" value={p.value ?? ''} checked={props.theme === p.value} onChange={() => props.onTheme(p.value)} />
      {p.label} <span class="chip-count">{p.count}</span>
    </label>
  );
  return (
    <form
      class="compare-tools"
      id="compare-tools"
      classList={{ 'is-open': props.open }}
      role="search"
      aria-label={t.filters}
      data-pagefind-ignore
      onSubmit={(e) => {
        e.preventDefault();
        props.onDone();
      }}
    >
      <fieldset class="theme-filter">
        <legend>{t.theme}</legend>
        <div class="chips">
          <ThemeChoice value={null} label={t.allThemes} count={props.total} />
          <For each={CRITERION_THEMES.filter((id) => props.counts.has(id))}>
            {(id) => <ThemeChoice value={id} label={t.themes[id]} count={props.counts.get(id)!} />}
          </For>
        </div>
      </fieldset>
      <div class="search-field">
        <label for="compare-q">{t.search}</label>
        <input
          id="compare-q"
          ref={props.searchRef}
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="compare-q-hint"
          value={props.q}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <span id="compare-q-hint" class="meta">
          {t.searchHint}
        </span>
      </div>
      <div class="compare-switches">
        <label>
          <input type="checkbox" checked={props.showSources} onChange={(e) => props.onShowSources(e.currentTarget.checked)} />{' '}
          {t.showSources}
        </label>
        <label>
          <input type="checkbox" checked={props.showConsumer} onChange={(e) => props.onShowConsumer(e.currentTarget.checked)} />{' '}
          {t.showConsumer}
        </label>
      </div>
      <div class="compare-actions">
        <button type="button" class="compare-button" onClick={() => props.onToggleAll()}>
          {props.allOpen ? t.closeAll : t.openAll}
        </button>
        <button type="button" class="compare-button" disabled={!props.filtered} onClick={() => props.onClear()}>
          {t.clear}
        </button>
        <button type="button" class="compare-button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </form>
  );
}
