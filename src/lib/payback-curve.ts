import { monthlyMargin, paidBackSoFar, paybackMonths, type Conversion } from './economics.ts';
import { fitRange, type FigureRange } from './figure-range.ts';

/**
 * The payback figure in the converting lesson: one customer becomes a client. The cost to win
 * them is paid at the start; after that the client brings their extra margin each month. Payback
 * is the site's one definition (economics.ts): cost to win ÷ extra margin, rounded up.
 */
export interface PaybackSettings {
  /** Paid once, when the customer becomes a client. */
  costToWin: number;
  /** What the client brings each month beyond what they brought as a customer. */
  extraMargin: number;
}

export type PaybackField = keyof PaybackSettings;

export const PAYBACK_RANGES: Record<PaybackField, FigureRange> = {
  costToWin: { min: 0, max: 2000, step: 50 },
  extraMargin: { min: 0, max: 500, step: 10 },
};

export const PAYBACK_FIELDS = ['costToWin', 'extraMargin'] as const satisfies readonly PaybackField[];

/**
 * The settings the figure can show, each on its slider's steps. `off` names any the sliders
 * cannot show exactly, so the build can refuse a figure that would start away from its example.
 */
export function fitSettings(s: PaybackSettings): { settings: PaybackSettings; off: PaybackField[] } {
  const settings = {
    costToWin: fitRange(s.costToWin, PAYBACK_RANGES.costToWin),
    extraMargin: fitRange(s.extraMargin, PAYBACK_RANGES.extraMargin),
  };
  return { settings, off: PAYBACK_FIELDS.filter((f) => settings[f] !== s[f]) };
}

export interface PaybackCurve {
  /** The extra margin so far less the cost to win, for months 0 (the start) to `months`. */
  extra: number[];
  /** The month the extra margin first covers the cost to win; null if never or not within `months`. */
  paybackMonth: number | null;
}

export function paybackCurve(s: PaybackSettings, months: number): PaybackCurve {
  const month = paybackMonths(s.costToWin, s.extraMargin);
  return { extra: paidBackSoFar(s.costToWin, s.extraMargin, months), paybackMonth: month !== null && month <= months ? month : null };
}

/**
 * The same customer and client in the simulator's whole business: a link that sets the customer's
 * spend and margin, and the client's fee, cost to serve and cost to win, with the fee raised or
 * lowered so the client brings `extraMargin` more than the customer. Everything else stays at the
 * simulator's starting numbers.
 */
export function simulatorQuery(s: PaybackSettings, c: Conversion): string {
  const customerMargin = Math.max(0, monthlyMargin(c.customer.price, c.customer.costToServe));
  const productMargin = c.customer.price > 0 ? Math.min(1, customerMargin / c.customer.price) : 0;
  const fee = c.client.costToServe + customerMargin + s.extraMargin;
  return new URLSearchParams({
    purchasesPerMonth: '1',
    orderValue: String(c.customer.price),
    productMargin: String(Number(productMargin.toFixed(4))),
    clientFee: String(fee),
    serviceCost: String(c.client.costToServe),
    clientCostToWin: String(s.costToWin),
  }).toString();
}

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
