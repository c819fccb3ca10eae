import { isCriterionTheme } from './criterion-themes.ts';
import { replaceParams, siteWideParams } from './query-params.ts';
import { filterCriteria, queryWords, type CriteriaFilter, type FilterableCriterion } from './criteria-filter.ts';

/** Everything about the comparison table a shared link can carry. */
export interface CompareState extends CriteriaFilter {
  /** Ids of the rows pinned for side-by-side comparison, in the order they were pinned. */
  pins: string[];
}

/** Something in a link that could not be used, and was replaced by a sane default. */
export type CompareNotice =
  | { kind: 'unknown-theme'; value: string }
  | { kind: 'unreadable-query' }
  | { kind: 'no-match'; value: string }
  | { kind: 'unknown-pins'; value: string[] };

export const EMPTY_STATE: CompareState = { theme: null, q: '', pins: [] };

/** Longer than any sensible search; a longer one is a mangled link, not a question. */
export const MAX_QUERY_LENGTH = 80;

// Control characters, and the replacement character a broken %-escape decodes to.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\u0000-\u001f\u007f\ufffd]/u;

function readQuery(raw: string | null): { q: string; readable: boolean } {
  if (raw === null) return { q: '', readable: true };
  const q = raw.replace(/\s+/g, ' ').trim();
  if (q === '') return { q: '', readable: true };
  const readable = !UNREADABLE.test(raw) && q.length <= MAX_QUERY_LENGTH && queryWords(q).length > 0;
  return readable ? { q, readable } : { q: '', readable };
}

/**
 * Reads the table's state from a query string such as `?theme=money&q=price&pin=pricing`.
 * Never fails: anything unusable is dropped with a notice, leaving every row shown.
 * A search that matches no row is dropped too, so a link never opens on an empty table.
 */
export function readCompareUrl(
  search: string,
  criteria: readonly FilterableCriterion[],
): { state: CompareState; notices: CompareNotice[] } {
  const params = new URLSearchParams(search);
  const notices: CompareNotice[] = [];

  const rawTheme = params.get('theme');
  const theme = rawTheme === null || rawTheme.trim() === '' ? null : rawTheme.trim().toLowerCase();
  const knownTheme = theme !== null && isCriterionTheme(theme) ? theme : null;
  if (theme !== null && knownTheme === null) notices.push({ kind: 'unknown-theme', value: rawTheme!.trim().slice(0, 40) });

  let { q, readable } = readQuery(params.get('q'));
  if (!readable) notices.push({ kind: 'unreadable-query' });
  if (q !== '' && filterCriteria(criteria, { theme: knownTheme, q }).length === 0) {
    notices.push({ kind: 'no-match', value: q });
    q = '';
  }

  const known = new Set(criteria.map((c) => c.id));
  const asked = [
    ...new Set(
      (params.get('pin') ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = asked.filter((id) => !known.has(id));
  if (unknown.length > 0) notices.push({ kind: 'unknown-pins', value: unknown.slice(0, 5).map((id) => id.slice(0, 40)) });

  return { state: { theme: knownTheme, q, pins: asked.filter((id) => known.has(id)) }, notices };
}

/** The query string for a state: empty when nothing is filtered or pinned, so the plain URL stays plain. */
export function compareSearch(state: CompareState, current = ''): string {
  const q = state.q.replace(/\s+/g, ' ').trim();
  return replaceParams(siteWideParams(current), {
    theme: state.theme,
    q: q || null,
    pin: state.pins.length > 0 ? state.pins.join(',') : null,
  }).replace(/%2C/g, ',');
}

/**
 * The state to show when a reader follows a link to row `id`: unchanged if the row is in view,
 * otherwise with the filter cleared (pins kept), so a linked row is never hidden.
 */
export function showingRow(
  state: CompareState,
  id: string,
  criteria: readonly FilterableCriterion[],
): { state: CompareState; revealed: boolean } {
  const row = criteria.find((c) => c.id === id);
  if (!row || filterCriteria([row], state).length === 1) return { state, revealed: false };
  return { state: { ...state, theme: null, q: '' }, revealed: true };
}
