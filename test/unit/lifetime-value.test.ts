import { describe, expect, it } from 'vitest';
import { LIFETIME_RANGES, barLayout, figureTerms } from '../../src/lib/lifetime-value.ts';
import { fitRange } from '../../src/lib/figure-range.ts';

describe('figureTerms', () => {
  it('keeps terms that are on the sliders’ steps exactly', () => {
    const client = { months: 48, price: 400, costToServe: 250, costToWin: 300 };
    expect(figureTerms(client)).toEqual({ terms: client, off: [] });
  });

  it('names every term the sliders cannot show, so the build can refuse it', () => {
    const { terms, off } = figureTerms({ months: 12, price: 35, costToServe: 14, costToWin: 320 });
    expect(off).toEqual(['costToServe', 'costToWin']);
    expect(terms.costToServe).toBe(fitRange(14, LIFETIME_RANGES.costToServe));
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
