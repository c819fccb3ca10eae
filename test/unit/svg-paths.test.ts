import { describe, expect, it } from 'vitest';
import { linePath, stepAreaPath } from '../../src/lib/svg-paths.ts';

describe('chart paths', () => {
  it('draws a line through the points in order, rounded to hundredths', () => {
    expect(
      linePath([
        [0, 0],
        [10.123, 5],
        [20, 2.5],
      ]),
    ).toBe('M0,0L10.12,5L20,2.5');
    expect(linePath([])).toBe('');
  });

  it('holds each step flat until the next x, on top and along the base', () => {
    // Two steps: 0–10 from 100 up to 50, then 10–20 from 90 up to 30.
    expect(stepAreaPath([0, 10, 20], [50, 30, 30], [100, 90, 90])).toBe('M0,50L10,50L10,30L20,30L20,30L20,90L20,90L10,90L10,100L0,100Z');
  });

  it('draws nothing for no points', () => {
    expect(stepAreaPath([], [], [])).toBe('');
  });
});
