import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import ComparisonTable from '../../src/components/islands/compare/ComparisonTable.tsx';
import type { CriterionView } from '../../src/components/islands/compare/criterion-view.ts';

const source = { id: 'livechat', name: 'LiveChat', href: '/sources/#livechat' };
const row = (
  id: string,
  theme: CriterionView['theme'],
  label: string,
  client: string,
  customer: string,
  extra: Partial<CriterionView> = {},
): CriterionView => ({
  id,
  theme,
  label,
  client,
  customer,
  explanation: `Why ${label} matters.`,
  example: `An example of ${label}.`,
  sources: [source],
  ...extra,
});
const criteria: CriterionView[] = [
  row('exclusivity', 'relationship', 'Exclusivity', 'Sticks with one provider.', 'Shops around.'),
  row('pricing', 'money', 'Pricing', 'Premium rates.', 'Competitive prices.', {
    lesson: { href: '/lessons/agreements-pricing/#pricing', title: 'Agreements › Pricing' },
  }),
  row('revenue-model', 'money', 'How the money comes in', 'Monthly billing.', 'One payment.', {
    consumer: 'May pay nothing.',
    differ: 'The articles differ on billing.',
  }),
];

/** Rows a reader can see: present and not hidden by the filter. */
const visibleRows = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('table.compare-table:not(.pinned-table) tr.criterion')]
    .filter((tr) => !tr.hidden)
    .map((tr) => tr.id);
const open = (url: string) => {
  history.replaceState(null, '', url);
  return render(() => <ComparisonTable criteria={criteria} />);
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

beforeEach(() => history.replaceState(null, '', '/compare/'));
afterEach(cleanup);

describe('ComparisonTable', () => {
  it('shows every row, with a caption and row headers, when nothing is filtered', () => {
    open('/compare/');
    expect(visibleRows()).toEqual(['exclusivity', 'pricing', 'revenue-model']);
    expect(screen.getByRole('table', { name: /point by point/ })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Pricing' })).toBeTruthy();
    expect(screen.getByText('Showing all 3 rows.')).toBeTruthy();
  });

  it('filters by theme, says how many rows are left and puts the theme in the address', () => {
    open('/compare/');
    fireEvent.click(screen.getByRole('radio', { name: /Money/ }));
    expect(visibleRows()).toEqual(['pricing', 'revenue-model']);
    expect(screen.getByText('Showing 2 of 3 rows in Money.')).toBeTruthy();
    expect(location.search).toBe('?theme=money');
    fireEvent.click(screen.getByRole('radio', { name: /All/ }));
    expect(visibleRows()).toHaveLength(3);
    expect(location.search).toBe('');
  });

  it('filters by words and says so when nothing matches', () => {
    open('/compare/');
    const box = screen.getByRole('searchbox', { name: 'Find words' });
    fireEvent.input(box, { target: { value: 'monthly' } });
    expect(visibleRows()).toEqual(['revenue-model']);
    expect(location.search).toBe('?q=monthly');
    fireEvent.input(box, { target: { value: 'zebra' } });
    expect(visibleRows()).toEqual([]);
    expect(screen.getByText('No row contains “zebra”.')).toBeTruthy();
    // The empty table says so, with a way back.
    expect(screen.getByText('Nothing in the table matches these filters.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all rows' }));
    expect(visibleRows()).toHaveLength(3);
    expect(document.activeElement).toBe(box);
  });

  it('names the theme when words match nothing within it, though they match elsewhere', () => {
    open('/compare/?theme=money');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find words' }), { target: { value: 'provider' } });
    expect(visibleRows()).toEqual([]);
    expect(screen.getByText('No row in Money contains “provider”.')).toBeTruthy();
  });

  it('opens on the filter a shared link carries', () => {
    open('/compare/?theme=relationship');
    expect(visibleRows()).toEqual(['exclusivity']);
    expect((screen.getByRole('radio', { name: /Relationship/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows every row and a notice for an unknown theme or a garbage query', () => {
    open('/compare/?theme=gold&q=%00%00');
    expect(visibleRows()).toHaveLength(3);
    expect(screen.getByText(/theme called “gold”, which does not exist/)).toBeTruthy();
    expect(screen.getByText(/could not be read/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('opens a row’s explanation, example, disagreement and lesson link', () => {
    open('/compare/');
    const details = screen.getByRole('button', { name: 'Details for How the money comes in' });
    const detailRow = document.getElementById(details.getAttribute('aria-controls')!)!;
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(detailRow.classList.contains('is-open')).toBe(false);
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(detailRow.classList.contains('is-open')).toBe(true);
    expect(within(detailRow).getByText(/The articles differ on billing/)).toBeTruthy();
    const pricingMore = document.getElementById('pricing-more')!;
    expect(within(pricingMore).getByRole('link', { name: 'Read more: Agreements › Pricing' }).getAttribute('href')).toBe(
      '/lessons/agreements-pricing/#pricing',
    );
  });

  it('opens and closes every detail at once', () => {
    open('/compare/');
    fireEvent.click(screen.getByRole('button', { name: 'Open all details' }));
    expect(document.querySelectorAll('.criterion-detail.is-open')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Close all details' }));
    expect(document.querySelectorAll('.criterion-detail.is-open')).toHaveLength(0);
  });

  it('pins rows into a table of their own that ignores the filter, and keeps pins in the address', () => {
    open('/compare/');
    fireEvent.click(screen.getByRole('button', { name: 'Pin row: Pricing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pin row: Exclusivity' }));
    expect(screen.getByRole('button', { name: 'Pin row: Pricing' }).getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('?pin=pricing,exclusivity');
    fireEvent.click(screen.getByRole('radio', { name: /Money/ }));
    const pinned = screen.getByRole('table', { name: 'Pinned rows (2)' });
    expect(
      within(pinned)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Pricing', 'Exclusivity']);
    expect(screen.getByText('Pinned Exclusivity. 2 pinned.')).toBeTruthy();
    fireEvent.click(within(pinned).getByRole('button', { name: 'Unpin row: Pricing' }));
    expect(screen.getByRole('table', { name: 'Pinned rows (1)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unpin all' }));
    expect(screen.queryByRole('table', { name: /Pinned rows/ })).toBeNull();
    expect(location.search).toBe('?theme=money');
  });

  it('shows the consumer column and hides the sources on request', () => {
    open('/compare/');
    const table = screen.getByRole('table', { name: /point by point/ });
    expect(table.classList.contains('hide-consumer')).toBe(true);
    expect(table.classList.contains('hide-sources')).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show consumer column' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show sources' }));
    expect(table.classList.contains('hide-consumer')).toBe(false);
    expect(table.classList.contains('hide-sources')).toBe(true);
  });

  it('clears a filter that hides the row a link points to, and opens that row', async () => {
    open('/compare/?theme=money#exclusivity');
    await nextFrame();
    expect(visibleRows()).toContain('exclusivity');
    expect(screen.getByText(/The filter hid the row you followed, “Exclusivity”/)).toBeTruthy();
    expect(document.getElementById('exclusivity-more')!.classList.contains('is-open')).toBe(true);
    expect(location.search).toBe('');
    expect(location.hash).toBe('#exclusivity');
  });

  it('gives each row a link to its own anchor', () => {
    open('/compare/');
    expect(screen.getByRole('link', { name: 'Link to row: Pricing' }).getAttribute('href')).toBe('#pricing');
  });
});
