import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';

const compare = builtPages().find((p) => p.path.endsWith('/compare/'))!.document;

// Anchors the quiz and lessons link to, agreed across the site: renaming one breaks their links.
const linkedRows = [
  'engagement',
  'offering',
  'personalisation',
  'commitment',
  'expectations',
  'relationship-manager',
  'acquisition',
  'acquisition-cost',
  'marketing-audience',
  'sales-cycle',
  'agreements',
  'exclusivity',
  'service-support',
  'relationship-depth',
  'buyer-values',
  'business-volume',
  'revenue-model',
  'lifetime-value',
  'pricing',
  'journey',
  'experience',
];

describe('the built comparison table', () => {
  it('has a row, with a row header, at every anchor other pages link to', () => {
    const missing = linkedRows.filter((id) => !compare.querySelector(`tr#${id}.criterion > th[scope=row]`));
    expect(missing).toEqual([]);
  });

  it('is a captioned table whose columns have headers', () => {
    const table = compare.querySelector('table.compare-table')!;
    expect(table.querySelector('caption')?.textContent?.trim().length).toBeGreaterThan(10);
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('cites at least one source on every row and explains every row', () => {
    for (const row of compare.querySelectorAll('tr.criterion')) {
      expect(row.querySelectorAll('.row-sources a[href*="/sources/#"]').length, row.id).toBeGreaterThan(0);
      expect(compare.getElementById(`${row.id}-more`)?.textContent?.length, row.id).toBeGreaterThan(80);
    }
  });

  it('groups rows under the five themes shared links use', () => {
    const themes = [...compare.querySelectorAll('th[scope=rowgroup]')].map((th) => th.id);
    expect(themes).toEqual(['theme-relationship', 'theme-offering', 'theme-selling', 'theme-money', 'theme-service']);
  });
});
