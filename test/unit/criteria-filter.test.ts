import { describe, expect, it } from 'vitest';
import {
  countByTheme,
  filterCriteria,
  foldText,
  isFiltered,
  matchesQuery,
  queryWords,
  type FilterableCriterion,
} from '../../src/lib/criteria-filter.ts';

const rows: FilterableCriterion[] = [
  { id: 'pricing', theme: 'money', label: 'Pricing', client: 'Premium rates.', customer: 'Competitive prices.', keywords: ['fees'] },
  {
    id: 'revenue-model',
    theme: 'money',
    label: 'How the money comes in',
    client: 'Monthly billing.',
    customer: 'One payment.',
    consumer: 'May pay nothing, like a free app.',
  },
  {
    id: 'exclusivity',
    theme: 'relationship',
    label: 'Exclusivity',
    client: 'Sticks with one provider.',
    customer: 'Shops around.',
    example: 'A private bank.',
  },
  {
    id: 'personalisation',
    theme: 'offering',
    label: 'How much is tailored',
    client: 'A lot.',
    customer: 'Little.',
    keywords: ['personalization'],
  },
];
const ids = (list: FilterableCriterion[]) => list.map((c) => c.id);

describe('filterCriteria', () => {
  it('keeps every row, in order, when nothing is filtered', () => {
    expect(ids(filterCriteria(rows, { theme: null, q: '' }))).toEqual(['pricing', 'revenue-model', 'exclusivity', 'personalisation']);
  });

  it('keeps only the rows of the chosen theme', () => {
    expect(ids(filterCriteria(rows, { theme: 'money', q: '' }))).toEqual(['pricing', 'revenue-model']);
    expect(ids(filterCriteria(rows, { theme: 'service', q: '' }))).toEqual([]);
  });

  it('finds words anywhere in a row: label, cells, example and keywords', () => {
    expect(ids(filterCriteria(rows, { theme: null, q: 'bank' }))).toEqual(['exclusivity']);
    expect(ids(filterCriteria(rows, { theme: null, q: 'free app' }))).toEqual(['revenue-model']);
    expect(ids(filterCriteria(rows, { theme: null, q: 'personalization' }))).toEqual(['personalisation']);
    expect(ids(filterCriteria(rows, { theme: null, q: 'FEES' }))).toEqual(['pricing']);
  });

  it('needs every word of the search, and combines the search with the theme', () => {
    expect(ids(filterCriteria(rows, { theme: null, q: 'monthly nothing' }))).toEqual(['revenue-model']);
    expect(ids(filterCriteria(rows, { theme: null, q: 'monthly provider' }))).toEqual([]);
    expect(ids(filterCriteria(rows, { theme: 'relationship', q: 'premium' }))).toEqual([]);
  });

  it('treats punctuation as spaces and ignores accents', () => {
    expect(ids(filterCriteria(rows, { theme: null, q: '  “príce”,  ' }))).toEqual(['pricing']);
  });
});

describe('helpers', () => {
  it('folds case, accents and curly apostrophes', () => {
    expect(foldText('Café’s CV')).toBe("cafe's cv");
    expect(queryWords(' one-off, ‘client’ ')).toEqual(['one', 'off', 'client']);
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered({ theme: null, q: '  ,, ' })).toBe(false);
    expect(isFiltered({ theme: 'money', q: '' })).toBe(true);
    expect(isFiltered({ theme: null, q: 'price' })).toBe(true);
  });

  it('counts rows per theme', () => {
    expect(Object.fromEntries(countByTheme(rows))).toEqual({ money: 2, relationship: 1, offering: 1 });
  });

  it('matches a row on its own', () => {
    expect(matchesQuery(rows[2], 'shops around')).toBe(true);
    expect(matchesQuery(rows[2], 'shops online')).toBe(false);
  });
});
