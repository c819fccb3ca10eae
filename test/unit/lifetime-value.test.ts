import { describe, expect, it } from 'vitest';
import { LIFETIME_RANGES, barLayout, buyersOf, lifetimeValue, startingBuyers } from '../../src/lib/lifetime-value.ts';
import { fitRange } from '../../src/lib/figure-range.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { simulatorPage } from '../simulator-content.ts';

const defaults = simulatorPage().defaults;

describe('lifetimeValue', () => {
  it('is months × (spend − cost to serve) − what was paid once', () => {
    expect(lifetimeValue({ months: 48, spend: 300, costToServe: 150, upfront: 400 })).toBe(6800);
    expect(lifetimeValue({ months: 12, spend: 60, costToServe: 42, upfront: 0 })).toBeCloseTo(216);
  });

  it('can be negative when serving costs more than the buyer pays', () => {
    expect(lifetimeValue({ months: 10, spend: 50, costToServe: 60, upfront: 0 })).toBe(-100);
  });

  it('is the simulator’s lifetime value for the same buyers, staying 1 ÷ churn months', () => {
    const { client, customer } = buyersOf(defaults);
    const sim = simulateConversion(defaults);
    expect(lifetimeValue(client)).toBeCloseTo(sim.clientLtv!, 6);
    expect(lifetimeValue(customer)).toBeCloseTo(sim.customerLtv!, 6);
  });
});

describe('startingBuyers', () => {
  it('is the simulator’s example in whole months and on the sliders’ steps', () => {
    const start = startingBuyers(defaults);
    expect(start.client).toEqual({ months: 50, spend: 300, costToServe: 150, upfront: 400 });
    // 1 ÷ 6% = 16.7 months; £60 a month with 30% margin leaves £18, so the goods cost £42 (on a £5 step: £40).
    expect(start.customer.months).toBe(17);
    expect(start.customer.upfront).toBe(0);
    for (const terms of [start.client, start.customer]) {
      for (const [field, value] of Object.entries(terms)) {
        const range = LIFETIME_RANGES[field as keyof typeof terms];
        expect(value).toBe(fitRange(value, range));
      }
    }
  });

  it('a buyer who never leaves stays as long as the slider goes', () => {
    expect(startingBuyers({ ...defaults, clientChurn: 0 }).client.months).toBe(LIFETIME_RANGES.months.max);
  });
});

describe('barLayout', () => {
  it('scales bars to the largest, from a zero at the left when all are positive', () => {
    expect(barLayout([7100, 300])).toEqual({
      zero: 0,
      bars: [
        { start: 0, length: 1 },
        { start: 0, length: 300 / 7100 },
      ],
    });
  });

  it('runs a negative value left of zero', () => {
    const { zero, bars } = barLayout([300, -100]);
    expect(zero).toBeCloseTo(0.25);
    expect(bars[1].start).toBeCloseTo(0);
    expect(bars[1].length).toBeCloseTo(0.25);
    expect(bars[0]).toEqual({ start: 0.25, length: 0.75 });
  });

  it('draws nothing for zeros or unreadable values, never NaN', () => {
    expect(barLayout([0, Number.NaN])).toEqual({
      zero: 0,
      bars: [
        { start: 0, length: 0 },
        { start: 0, length: 0 },
      ],
    });
  });
});

describe('fitRange', () => {
  const range = { min: 0, max: 100, step: 5 };
  it('snaps to the step and clamps to the range', () => {
    expect(fitRange(42, range)).toBe(40);
    expect(fitRange(-3, range)).toBe(0);
    expect(fitRange(250, range)).toBe(100);
  });
  it('replaces unreadable values with the fallback', () => {
    expect(fitRange(Number.NaN, range, 63)).toBe(65);
    expect(fitRange(Number.NaN, range, Number.NaN)).toBe(0);
  });
});
