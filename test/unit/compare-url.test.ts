import { describe, expect, it } from 'vitest';
import { compareSearch, readCompareUrl, showingRow, EMPTY_STATE, MAX_QUERY_LENGTH, type CompareState } from '../../src/lib/compare-url.ts';
import type { FilterableCriterion } from '../../src/lib/criteria-filter.ts';

const rows: FilterableCriterion[] = [
  { id: 'pricing', theme: 'money', label: 'Pricing', client: 'Premium rates.', customer: 'Competitive prices.' },
  { id: 'lifetime-value', theme: 'money', label: 'Value over time', client: 'High.', customer: 'Short-term.' },
  { id: 'exclusivity', theme: 'relationship', label: 'Exclusivity', client: 'One provider.', customer: 'Shops around.' },
];

describe('compare URL state', () => {
  it.each<CompareState>([
    EMPTY_STATE,
    { theme: 'money', q: '', pins: [] },
    { theme: null, q: 'one provider', pins: [] },
    { theme: 'money', q: 'premium & rates?', pins: ['pricing', 'exclusivity'] },
    { theme: 'relationship', q: 'shops', pins: ['lifetime-value'] },
  ])('survives a round trip: %o', (state) => {
    const { state: back, notices } = readCompareUrl(compareSearch(state), rows);
    expect(back).toEqual(state);
    expect(notices).toEqual([]);
  });

  it('writes the short, readable form the site documents', () => {
    expect(compareSearch({ theme: 'money', q: '  high   value ', pins: [] })).toBe('?theme=money&q=high+value');
    expect(compareSearch({ theme: null, q: '', pins: ['pricing', 'exclusivity'] })).toBe('?pin=pricing,exclusivity');
    expect(compareSearch(EMPTY_STATE)).toBe('');
  });

  it('keeps presentation mode in the address and drops parameters nobody reads', () => {
    expect(compareSearch({ theme: 'money', q: '', pins: [] }, '?present=1&theme=service&junk=%3Cb%3E')).toBe('?present=1&theme=money');
    expect(compareSearch(EMPTY_STATE, '?q=old&present=1')).toBe('?present=1');
  });

  it('reads a plain address as every row, with no notice', () => {
    expect(readCompareUrl('', rows)).toEqual({ state: EMPTY_STATE, notices: [] });
    expect(readCompareUrl('?theme=&q=', rows)).toEqual({ state: EMPTY_STATE, notices: [] });
  });

  it('forgives the case and spacing of a theme', () => {
    expect(readCompareUrl('?theme=%20Money%20', rows).state.theme).toBe('money');
  });

  it('shows every row with a notice for an unknown theme', () => {
    const { state, notices } = readCompareUrl('?theme=gold', rows);
    expect(state).toEqual(EMPTY_STATE);
    expect(notices).toEqual([{ kind: 'unknown-theme', value: 'gold' }]);
  });

  it.each([
    ['control characters', '?q=%00%01'],
    ['a broken escape', '?q=%E0%A4%A'],
    ['only punctuation', '?q=%25%25%3C%3E'],
    ['an absurd length', `?q=${'price '.repeat(MAX_QUERY_LENGTH)}`],
  ])('shows every row with a notice for a garbage query (%s)', (_what, search) => {
    const { state, notices } = readCompareUrl(search, rows);
    expect(state).toEqual(EMPTY_STATE);
    expect(notices).toEqual([{ kind: 'unreadable-query' }]);
  });

  it('drops a search that matches no row, rather than open on an empty table', () => {
    const { state, notices } = readCompareUrl('?theme=money&q=shops', rows);
    expect(state).toEqual({ theme: 'money', q: '', pins: [] });
    expect(notices).toEqual([{ kind: 'no-match', value: 'shops' }]);
  });

  it('keeps known pins once each and reports the unknown ones', () => {
    const { state, notices } = readCompareUrl('?pin=pricing,nope,pricing,,exclusivity', rows);
    expect(state.pins).toEqual(['pricing', 'exclusivity']);
    expect(notices).toEqual([{ kind: 'unknown-pins', value: ['nope'] }]);
  });

  it('reports several problems at once and keeps what is usable', () => {
    const { state, notices } = readCompareUrl('?theme=gold&q=%00&pin=x', rows);
    expect(state).toEqual(EMPTY_STATE);
    expect(notices.map((n) => n.kind)).toEqual(['unknown-theme', 'unreadable-query', 'unknown-pins']);
  });
});

describe('following a link to a row', () => {
  const filtered: CompareState = { theme: 'money', q: 'premium', pins: ['exclusivity'] };

  it('leaves the filter alone when the row is already shown', () => {
    expect(showingRow(filtered, 'pricing', rows)).toEqual({ state: filtered, revealed: false });
  });

  it('clears the filter, keeping the pins, when it hides the row', () => {
    expect(showingRow(filtered, 'exclusivity', rows)).toEqual({ state: { theme: null, q: '', pins: ['exclusivity'] }, revealed: true });
    expect(showingRow(filtered, 'lifetime-value', rows).revealed).toBe(true);
  });

  it('ignores anchors that are not rows', () => {
    expect(showingRow(filtered, 'main', rows)).toEqual({ state: filtered, revealed: false });
  });
});
