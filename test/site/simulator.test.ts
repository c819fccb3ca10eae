import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';

const pages = builtPages();
const simulator = pages.find((p) => p.path.endsWith('/simulator/'))!;

describe('the simulator page without JavaScript', () => {
  it('already shows the default scenario’s results, each figure tagged with its exact value', () => {
    const expected = simulateConversion(simulatorPage().defaults);
    const values: Record<string, number | null> = {
      customers: expected.finalCustomers,
      clients: expected.finalClients,
      totalRevenue: expected.totalRevenue,
      cumulativeProfit: expected.cumulativeProfit,
      baselineProfit: expected.baselineProfit,
      profitDifference: expected.profitDifference,
      paybackMonth: expected.paybackMonth,
      customerLtv: expected.customerLtv,
      clientLtv: expected.clientLtv,
    };
    for (const [metric, value] of Object.entries(values)) {
      const el = simulator.document.querySelector(`[data-metric="${metric}"]`);
      expect(el, metric).not.toBeNull();
      expect(el!.getAttribute('data-value'), metric).toBe(value === null ? '' : String(value));
      expect(el!.textContent!.trim(), metric).not.toBe('');
    }
  });

  it('draws both charts and holds every month in the table', () => {
    const { document } = simulator;
    expect(document.querySelectorAll('svg[role="img"] path[d^="M"]').length).toBe(4);
    expect(document.querySelectorAll('#month-table tbody tr').length).toBe(simulatorPage().defaults.months);
  });

  it('never prints NaN, Infinity or undefined', () => {
    const text = simulator.document.querySelector('main')!.textContent!;
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('links to simulator examples', () => {
  it('every ?preset= link anywhere on the site names an example that exists', () => {
    const ids = new Set(simulatorPresets().map((p) => p.id));
    const broken: string[] = [];
    for (const { path, document } of pages) {
      for (const a of document.querySelectorAll('a[href*="simulator/?"]')) {
        const preset = new URL(a.getAttribute('href')!, 'http://site.test').searchParams.get('preset');
        if (preset !== null && !ids.has(preset)) broken.push(`${path}: ${a.getAttribute('href')}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the example ids other pages rely on', () => {
    expect(simulatorPresets().map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'bank-wealth-management',
        'gym-personal-training',
        'retail-corporate-accounts',
        'software-managed-accounts',
        'templates-bespoke',
      ]),
    );
  });
});
