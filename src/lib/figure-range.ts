/** A slider's range in a lesson figure. */
export interface FigureRange {
  min: number;
  max: number;
  step: number;
}

/**
 * A value a figure can use: inside its range and on a step. Anything else (NaN from an emptied
 * field, a tampered prop) becomes the fallback, so a figure never draws NaN.
 */
export function fitRange(value: number, range: FigureRange, fallback = range.min): number {
  // Never leaving (a churn of 0) is an endless stay: the longest the slider offers.
  if (value === Infinity) return range.max;
  if (!Number.isFinite(value)) return Number.isFinite(fallback) ? fitRange(fallback, range, range.min) : range.min;
  const stepped = range.min + Math.round((value - range.min) / range.step) * range.step;
  return Number(Math.min(range.max, Math.max(range.min, stepped)).toPrecision(12));
}
