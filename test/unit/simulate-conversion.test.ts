import { describe, expect, it } from 'vitest';
import { lifetimeValue } from '../../src/lib/economics.ts';
import { runMonths, simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { INPUT_NAMES, INPUT_SPECS, checkInputs, type ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { HAND_WORKED_INPUTS } from '../simulator-inputs.ts';

// Worked by hand from the model's rules; comments show the arithmetic.
const oneMonth: ConversionInputs = { ...HAND_WORKED_INPUTS };

describe('simulateConversion, worked by hand', () => {
  it('one month: converts, refers, churns, then counts revenue and profit', () => {
    const r = simulateConversion(oneMonth);
    const [m] = r.series;
    expect(m.converted).toBeCloseTo(5); // 5% of 100
    expect(m.referred).toBeCloseTo(1); // 10% of 10 clients
    expect(m.customers).toBeCloseTo(90); // 100 × 0.9 − 5 + 5
    expect(m.clients).toBeCloseTo(14); // 10 × 0.8 + 5 + 1
    expect(m.customerRevenue).toBeCloseTo(1800); // 90 × 2 × £10
    expect(m.clientRevenue).toBeCloseTo(1400); // 14 × £100
    expect(m.profit).toBeCloseTo(1460); // 900 + 14 × 60 − 5 × 20 − 6 × 30
    // Baseline: C = 95, K = 9 (still referred 1); profit 950 + 540 − 100 − 30
    expect(r.baselineProfit).toBeCloseTo(1360);
    expect(r.cumulativeProfit).toBeCloseTo(1460);
    expect(r.profitDifference).toBeCloseTo(100);
    expect(r.paybackMonth).toBe(1);
    expect(r.totalRevenue).toBeCloseTo(3200);
    expect(r.finalCustomers).toBeCloseTo(90);
    expect(r.finalClients).toBeCloseTo(14);
    expect(r.customerLtv).toBeCloseTo(80); // 2 × 10 × 0.5 / 0.1 − 20 to win them
    expect(r.clientLtv).toBeCloseTo(270); // 60 / 0.2 − 30
  });

  it('zero conversion: the run is its own baseline and never pays back', () => {
    const steady: ConversionInputs = {
      customers: 200,
      clients: 0,
      newCustomers: 20,
      customerCostToWin: 10,
      purchasesPerMonth: 1,
      orderValue: 50,
      productMargin: 0.4,
      customerChurn: 0.1,
      conversionRate: 0,
      clientFee: 500,
      serviceCost: 200,
      clientCostToWin: 1000,
      referralRate: 0.5,
      clientChurn: 0.1,
      months: 3,
    };
    const r = simulateConversion(steady);
    // 200 × 0.9 + 20 = 200 every month; profit 200 × 50 × 0.4 − 20 × 10 = 3,800
    expect(r.series.map((m) => m.customers)).toEqual([200, 200, 200]);
    expect(r.series.map((m) => m.profit)).toEqual([3800, 3800, 3800]);
    expect(r.cumulativeProfit).toBe(11400);
    expect(r.series).toEqual(r.baseline);
    expect(r.profitDifference).toBe(0);
    expect(r.paybackMonth).toBeNull();
    expect(r.totalRevenue).toBe(30000);
  });

  it('zero churn: customers drain into clients, and lifetime values have no end', () => {
    const noChurn: ConversionInputs = {
      customers: 1000,
      clients: 0,
      newCustomers: 0,
      customerCostToWin: 0,
      purchasesPerMonth: 1,
      orderValue: 10,
      productMargin: 0.5,
      customerChurn: 0,
      conversionRate: 0.1,
      clientFee: 50,
      serviceCost: 20,
      clientCostToWin: 100,
      referralRate: 0,
      clientChurn: 0,
      months: 2,
    };
    const r = simulateConversion(noChurn);
    // Month 1: 100 convert, C 900, K 100; profit 4,500 + 3,000 − 10,000 = −2,500
    // Month 2: 90 convert, C 810, K 190; profit 4,050 + 5,700 − 9,000 = 750
    expect(r.series.map((m) => m.customers)).toEqual([900, 810]);
    expect(r.series.map((m) => m.clients)).toEqual([100, 190]);
    expect(r.series.map((m) => m.profit)).toEqual([-2500, 750]);
    expect(r.cumulativeProfit).toBe(-1750);
    expect(r.baselineProfit).toBe(10000); // 1,000 × £10 × 0.5, twice
    expect(r.profitDifference).toBe(-11750);
    expect(r.paybackMonth).toBeNull();
    expect(r.totalRevenue).toBe(31600); // 9,000 + 5,000 + 8,100 + 9,500
    expect(r.customerLtv).toBeNull();
    expect(r.clientLtv).toBeNull();
  });

  it('finds the first month the programme is ahead, not a later one', () => {
    const r = simulateConversion({ ...oneMonth, months: 24, clientCostToWin: 400, referralRate: 0, clientChurn: 0.02 });
    // Each client adds £60 − £10 lost product margin a month against £400 to onboard: about 8 months.
    expect(r.paybackMonth).not.toBeNull();
    const p = r.paybackMonth!;
    for (let i = 0; i < p - 1; i++) expect(r.series[i].cumulativeProfit).toBeLessThanOrEqual(r.baseline[i].cumulativeProfit);
    expect(r.series[p - 1].cumulativeProfit).toBeGreaterThan(r.baseline[p - 1].cumulativeProfit);
  });
});

/** Small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomInputs(next: () => number): ConversionInputs {
  const inputs = {} as ConversionInputs;
  for (const name of INPUT_NAMES) {
    const { min, max, whole } = INPUT_SPECS[name];
    const v = min + next() * (max - min);
    inputs[name] = whole ? Math.round(v) : v;
  }
  if (inputs.customerChurn + inputs.conversionRate > 1) inputs.customerChurn = 1 - inputs.conversionRate;
  return inputs;
}

describe('simulateConversion, for any valid inputs', () => {
  const next = random(7);
  const cases = Array.from({ length: 300 }, () => randomInputs(next));
  // The edges matter most: everyone churning, everyone converting, nobody at all.
  const edge = cases[0];
  cases.push({ ...edge, customerChurn: 0.9, conversionRate: 0.1, newCustomers: 0 }, { ...edge, customerChurn: 0.75, conversionRate: 0.25 });
  cases.push({ ...edge, customerChurn: 1, conversionRate: 0 }, { ...edge, customers: 0, clients: 0, newCustomers: 0 });

  it('cases are valid inputs', () => {
    for (const c of cases) expect(checkInputs(c)).toEqual([]);
  });

  it('never has negative people or a number that is not finite', () => {
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const r = simulateConversion(c);
      for (const m of [...r.series, ...r.baseline]) {
        if (m.customers < 0 || m.clients < 0) bad.push(`case ${i} month ${m.month}: negative people`);
        if (!Object.values(m).every(Number.isFinite)) bad.push(`case ${i} month ${m.month}: not finite`);
      }
      if (![r.totalRevenue, r.cumulativeProfit, r.baselineProfit, r.profitDifference].every(Number.isFinite)) bad.push(`case ${i}: totals`);
    });
    expect(bad).toEqual([]);
  });

  it('has a baseline that is exactly the same run at conversion rate 0', () => {
    for (const c of cases.slice(0, 50)) {
      expect(simulateConversion(c).baseline).toEqual(runMonths({ ...c, conversionRate: 0 }));
    }
  });

  it('has one entry per month, and cumulative profit is the running sum', () => {
    for (const c of cases.slice(0, 50)) {
      const r = simulateConversion(c);
      expect(r.series).toHaveLength(c.months);
      let sum = 0;
      for (const m of r.series) expect(m.cumulativeProfit).toBeCloseTo((sum += m.profit), 6);
      expect(r.profitDifference).toBeCloseTo(r.cumulativeProfit - r.baselineProfit, 6);
    }
  });
});

describe('the simulator’s lifetime values', () => {
  it('are the site’s one lifetime value: margin × 1 ÷ churn months − cost to win', () => {
    const r = simulateConversion(oneMonth);
    const spend = oneMonth.purchasesPerMonth * oneMonth.orderValue;
    expect(r.customerLtv).toBeCloseTo(
      lifetimeValue({
        price: spend,
        costToServe: spend * (1 - oneMonth.productMargin),
        months: 1 / oneMonth.customerChurn,
        costToWin: oneMonth.customerCostToWin,
      }),
      9,
    );
    expect(r.clientLtv).toBeCloseTo(
      lifetimeValue({
        price: oneMonth.clientFee,
        costToServe: oneMonth.serviceCost,
        months: 1 / oneMonth.clientChurn,
        costToWin: oneMonth.clientCostToWin,
      }),
      9,
    );
  });
});
