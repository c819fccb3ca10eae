import type { ConversionInputs } from './conversion-inputs.ts';
import { fitRange, type FigureRange } from './figure-range.ts';

/**
 * Lifetime value as the simulator counts it: what a buyer spends each month less what it costs
 * to serve them, for as long as they stay, less anything paid once to win them over.
 */
export interface BuyerTerms {
  /** How many months the buyer stays. */
  months: number;
  /** What they pay each month. */
  spend: number;
  /** What serving them costs each month (for a customer, the cost of the goods). */
  costToServe: number;
  /** Paid once at the start, such as onboarding a client. */
  upfront: number;
}

export const lifetimeValue = (t: BuyerTerms): number => t.months * (t.spend - t.costToServe) - t.upfront;

export const LIFETIME_RANGES: Record<keyof BuyerTerms, FigureRange> = {
  months: { min: 1, max: 120, step: 1 },
  spend: { min: 0, max: 1000, step: 5 },
  costToServe: { min: 0, max: 1000, step: 5 },
  upfront: { min: 0, max: 2000, step: 50 },
};

/**
 * A client and a customer of the simulator's business. A buyer who leaves at a monthly rate
 * stays 1 / rate months on average, which is how the simulator's lifetime values divide by churn.
 */
export function buyersOf(inputs: ConversionInputs): { client: BuyerTerms; customer: BuyerTerms } {
  const spend = inputs.purchasesPerMonth * inputs.orderValue;
  return {
    customer: { months: 1 / inputs.customerChurn, spend, costToServe: spend * (1 - inputs.productMargin), upfront: 0 },
    client: { months: 1 / inputs.clientChurn, spend: inputs.clientFee, costToServe: inputs.serviceCost, upfront: inputs.onboardingCost },
  };
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

/** The figure's starting terms: the simulator's business, in whole months and on each slider's steps. */
export function startingBuyers(inputs: ConversionInputs): { client: BuyerTerms; customer: BuyerTerms } {
  const fit = (t: BuyerTerms): BuyerTerms => ({
    months: fitRange(t.months, LIFETIME_RANGES.months, LIFETIME_RANGES.months.max),
    spend: fitRange(t.spend, LIFETIME_RANGES.spend),
    costToServe: fitRange(t.costToServe, LIFETIME_RANGES.costToServe),
    upfront: fitRange(t.upfront, LIFETIME_RANGES.upfront),
  });
  const { client, customer } = buyersOf(inputs);
  return { client: fit(client), customer: fit(customer) };
}
