import type { BuyerTerms } from './economics.ts';
import { fitRange, type FigureRange } from './figure-range.ts';

/**
 * The lifetime-value figure in the agreements lesson: a client beside a customer, each starting
 * from the worked example beside it. The sum itself is the site's one definition, in economics.ts.
 */
export const LIFETIME_RANGES: Record<keyof BuyerTerms, FigureRange> = {
  months: { min: 1, max: 120, step: 1 },
  price: { min: 0, max: 1000, step: 5 },
  costToServe: { min: 0, max: 1000, step: 5 },
  costToWin: { min: 0, max: 2000, step: 50 },
};

export const LIFETIME_FIELDS = ['months', 'price', 'costToServe', 'costToWin'] as const satisfies readonly (keyof BuyerTerms)[];

/**
 * The terms the figure can show: each on its slider's steps. `off` names any input the sliders
 * cannot show exactly, so the build can refuse a figure that would start away from its example.
 */
export function figureTerms(t: BuyerTerms): { terms: BuyerTerms; off: (keyof BuyerTerms)[] } {
  const terms = Object.fromEntries(LIFETIME_FIELDS.map((f) => [f, fitRange(t[f], LIFETIME_RANGES[f])])) as unknown as BuyerTerms;
  return { terms, off: LIFETIME_FIELDS.filter((f) => terms[f] !== t[f]) };
}

/**
 * Two or more bars on one scale, as shares of the track: where zero sits, and where each bar
 * starts and how long it is. Negative values run left of zero.
 */
export function barLayout(values: readonly number[]) {
  const finite = values.map((v) => (Number.isFinite(v) ? v : 0));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const span = high - low || 1;
  const zero = low < 0 ? -low / span : 0;
  return { zero, bars: finite.map((v) => ({ start: v < 0 ? zero + v / span : zero, length: Math.abs(v) / span })) };
}
