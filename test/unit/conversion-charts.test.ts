import { describe, expect, it } from 'vitest';
import { CHART_MARGIN, profitChart, revenueChart } from '../../src/lib/conversion-charts.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import type { ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { SHOP_INPUTS } from '../simulator-inputs.ts';

const inputs: ConversionInputs = { ...SHOP_INPUTS };
const size = { width: 600, height: 240 };
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('revenue chart', () => {
  it('spans the plot from month 0 to the last month, with whole-month ticks', () => {
    const r = simulateConversion(inputs);
    const chart = revenueChart(r.series, size);
    const xs = numbers(chart.customerArea).filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeCloseTo(CHART_MARGIN.left);
    expect(Math.max(...xs)).toBeCloseTo(size.width - CHART_MARGIN.right);
    expect(chart.xTicks.every((t) => Number.isInteger(t.value) && t.value >= 0 && t.value <= 36)).toBe(true);
    expect(chart.yTicks[0].value).toBe(0);
    const top = Math.max(...r.series.map((m) => m.customerRevenue + m.clientRevenue));
    expect(chart.yTicks[chart.yTicks.length - 1].value).toBeGreaterThanOrEqual(top * 0.8);
  });

  it('still draws a bar for a one-month horizon, and an empty business without NaN', () => {
    const one = revenueChart(simulateConversion({ ...inputs, months: 1 }).series, size);
    expect(new Set(numbers(one.customerArea).filter((_, i) => i % 2 === 0)).size).toBeGreaterThan(1);
    const empty = revenueChart(simulateConversion({ ...inputs, customers: 0, newCustomers: 0 }).series, size);
    expect(empty.customerArea + empty.clientArea).not.toMatch(/NaN|Infinity/);
  });
});

describe('profit chart', () => {
  it('keeps losses on the chart: the zero line sits inside the plot when profit dips below it', () => {
    const r = simulateConversion({ ...inputs, clientCostToWin: 50_000, months: 12 });
    expect(Math.min(...r.series.map((m) => m.cumulativeProfit))).toBeLessThan(0);
    const chart = profitChart(r.series, r.baseline, size);
    expect(chart.zeroY).toBeGreaterThan(chart.plot.top);
    expect(chart.zeroY).toBeLessThan(chart.plot.bottom);
    for (const y of [...numbers(chart.withLine), ...numbers(chart.withoutLine)].filter((_, i) => i % 2 === 1)) {
      expect(y).toBeGreaterThanOrEqual(chart.plot.top - 0.01);
      expect(y).toBeLessThanOrEqual(chart.plot.bottom + 0.01);
    }
  });

  it('starts both lines at zero profit in month 0', () => {
    const r = simulateConversion(inputs);
    const chart = profitChart(r.series, r.baseline, size);
    const [x0, y0] = numbers(chart.withLine);
    expect(x0).toBeCloseTo(CHART_MARGIN.left);
    expect(y0).toBeCloseTo(chart.zeroY);
  });
});
