import { fitRange, type FigureRange } from './figure-range.ts';

/**
 * The payback figure in the converting lesson: one customer becomes a client. Onboarding is paid
 * in the first month; after that the client brings extra profit each month for as long as they
 * stay. The timing and the sums are the simulator's (src/lib/simulate-conversion.ts) for a
 * business of one customer who converts in month 1, which the unit tests hold it to; this is
 * that model cut down to the one client, so the figure's script stays small.
 */
export interface PaybackSettings {
  /** Paid once, in the month the customer becomes a client. */
  onboardingCost: number;
  /** What the client brings each month beyond what they brought as a customer. */
  extraMargin: number;
  /** The share of clients who leave each month, as a fraction. */
  clientChurn: number;
}

export type PaybackField = keyof PaybackSettings;

export const PAYBACK_RANGES: Record<PaybackField, FigureRange> = {
  onboardingCost: { min: 0, max: 2000, step: 50 },
  extraMargin: { min: 0, max: 500, step: 10 },
  clientChurn: { min: 0, max: 0.2, step: 0.01 },
};

/** Settings the model can use: each inside its slider's range; anything unreadable becomes `fallback`'s value. */
export function fitSettings(settings: PaybackSettings, fallback: PaybackSettings): PaybackSettings {
  const fit = (key: PaybackField) => fitRange(settings[key], PAYBACK_RANGES[key], fitRange(fallback[key], PAYBACK_RANGES[key]));
  return { onboardingCost: fit('onboardingCost'), extraMargin: fit('extraMargin'), clientChurn: fit('clientChurn') };
}

export interface PaybackCurve {
  /** Extra profit so far from the one client, for months 0 (before anything) to `months`. */
  extra: number[];
  /** First month the extra profit so far is above zero; null if not within `months`. */
  paybackMonth: number | null;
}

/**
 * Month by month: in month m the client is still there with chance (1 − churn)^(m−1), as in the
 * simulator, where churn is taken from last month's clients before this month is counted.
 */
export function paybackCurve(s: PaybackSettings, months: number): PaybackCurve {
  const extra = [0];
  let staying = 1;
  let sum = -s.onboardingCost;
  let paybackMonth: number | null = null;
  for (let m = 1; m <= months; m++) {
    sum += s.extraMargin * staying;
    staying *= 1 - s.clientChurn;
    extra.push(sum);
    if (paybackMonth === null && sum > 0) paybackMonth = m;
  }
  return { extra, paybackMonth };
}

/**
 * The same client in the simulator's whole business: a link that sets its onboarding cost and
 * client churn, and a fee of `feeBefore` plus the extra margin, where `feeBefore` is the fee that
 * would leave no margin over a customer's (the cost to serve plus a customer's product margin).
 * Everything else stays at the simulator's starting numbers, which the link leaves out.
 */
export const simulatorQuery = (s: PaybackSettings, feeBefore: number): string =>
  `onboardingCost=${s.onboardingCost}&clientFee=${feeBefore + s.extraMargin}&clientChurn=${s.clientChurn}`;

/**
 * The curve for an SVG plot area `width` × `height` whose origin is its top left. The path is in
 * months and pounds, drawn from break-even: moved down by `zeroY` (where break-even falls) and
 * stretched by `scale` it fills the area, so the figure's script does no more arithmetic than
 * this. `paybackX` is where the payback month falls, or null.
 */
export function curveDrawing(curve: PaybackCurve, width: number, height: number) {
  const { extra, paybackMonth } = curve;
  const low = Math.min(...extra);
  const high = Math.max(...extra);
  const sx = width / (extra.length - 1 || 1);
  const sy = height / (high - low || 1);
  return {
    path: `M${extra.map((v, m) => `${m},${Math.round(v)}`).join('L')}`,
    scale: `scale(${sx} ${-sy})`,
    zeroY: high * sy,
    paybackX: paybackMonth === null ? null : paybackMonth * sx,
  };
}

/** The figure's starting point: the client of the simulator's starting business. */
export function startingPayback(inputs: {
  onboardingCost: number;
  clientFee: number;
  serviceCost: number;
  clientChurn: number;
  purchasesPerMonth: number;
  orderValue: number;
  productMargin: number;
}) {
  const customerMargin = inputs.purchasesPerMonth * inputs.orderValue * inputs.productMargin;
  const wanted = {
    onboardingCost: inputs.onboardingCost,
    extraMargin: inputs.clientFee - inputs.serviceCost - customerMargin,
    clientChurn: inputs.clientChurn,
  };
  const settings = fitSettings(wanted, { onboardingCost: 0, extraMargin: 0, clientChurn: 0 });
  return { settings, feeBefore: Math.round(inputs.serviceCost + customerMargin) };
}
