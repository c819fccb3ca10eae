import type { CriterionTheme } from './criterion-themes.ts';

/** What the filter reads of a comparison row. */
export interface FilterableCriterion {
  id: string;
  theme: CriterionTheme;
  label: string;
  client: string;
  customer: string;
  consumer?: string;
  explanation?: string;
  example?: string;
  differ?: string;
  keywords?: readonly string[];
}

/** A theme to keep (null: every theme) and the words a row must contain. */
export interface CriteriaFilter {
  theme: CriterionTheme | null;
  q: string;
}

export const NO_FILTER: CriteriaFilter = { theme: null, q: '' };

/** Lower case without accents and with straight apostrophes, so "Café’s" finds "cafe's". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase();
}

/** The separate words of a search, folded; punctuation only separates words. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function haystack(c: FilterableCriterion): string {
  return foldText([c.label, c.client, c.customer, c.consumer, c.explanation, c.example, c.differ, ...(c.keywords ?? [])].join(' \n '));
}

/** True when every word of the search appears somewhere in the row, in any order. */
export function matchesQuery(c: FilterableCriterion, q: string): boolean {
  const text = haystack(c);
  return queryWords(q).every((w) => text.includes(w));
}

export function isFiltered(filter: CriteriaFilter): boolean {
  return filter.theme !== null || queryWords(filter.q).length > 0;
}

/** The rows a filter keeps, in their original order. */
export function filterCriteria<T extends FilterableCriterion>(criteria: readonly T[], filter: CriteriaFilter): T[] {
  return criteria.filter((c) => (filter.theme === null || c.theme === filter.theme) && matchesQuery(c, filter.q));
}

/** How many rows each theme has, for the counts beside the theme choices. */
export function countByTheme(criteria: readonly FilterableCriterion[]): Map<CriterionTheme, number> {
  const counts = new Map<CriterionTheme, number>();
  for (const c of criteria) counts.set(c.theme, (counts.get(c.theme) ?? 0) + 1);
  return counts;
}
