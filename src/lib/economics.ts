/**
 * The site's one way of counting what a buyer is worth. Every lesson sum, lesson figure, lesson
 * check and the simulator use these definitions, so the same numbers give the same answer on every
 * page. The definitions are ours: the articles compare clients and customers but give no formula.
 *
 * - Monthly margin: what a buyer pays each month less what serving them costs that month.
 * - Months they stay: given, or 1 ÷ the share who leave each month (churn).
 * - Cost to win: everything paid once to win a buyer and get them started (marketing, meetings,
 *   setup, onboarding).
 * - Lifetime value: monthly margin × months they stay − cost to win.
 * - Payback: the cost to win ÷ the monthly margin it buys, rounded up to whole months; "never"
 *   (null) when that margin is zero or less. For a customer who becomes a client, the margin is the
 *   extra margin: the client's margin less what they brought as a customer.
 */

/** One buyer's terms, in pounds and months. */
export interface BuyerTerms {
  /** What they pay each month. */
  price: number;
  /** What serving them costs each month (for goods, the cost of the goods). */
  costToServe: number;
  /** How many months they stay. */
  months: number;
  /** Paid once to win them and get them started. */
  costToWin: number;
}

export const monthlyMargin = (price: number, costToServe: number): number => price - costToServe;

/** The average stay when a share `churn` of buyers leaves each month; Infinity when nobody leaves. */
export const monthsFromChurn = (churn: number): number => (churn > 0 ? 1 / churn : Infinity);

/** Monthly margin × months they stay − cost to win. */
export const lifetimeValue = (t: BuyerTerms): number => monthlyMargin(t.price, t.costToServe) * t.months - t.costToWin;

/** What a buyer pays over their whole stay, before any cost. */
export const revenue = (t: BuyerTerms): number => t.price * t.months;

/**
 * The whole month in which the margin so far first covers the cost to win; null when it never
 * does (a margin of zero or less), so no page ever shows Infinity or NaN.
 */
export function paybackMonths(costToWin: number, margin: number): number | null {
  if (!Number.isFinite(costToWin) || !Number.isFinite(margin)) return null;
  if (margin <= 0) return null;
  if (costToWin <= 0) return 0;
  // Rounding first keeps 400 ÷ 0.1-step noise (e.g. 3.0000000001) from adding a month.
  return Math.ceil(Number((costToWin / margin).toPrecision(12)));
}

/** A customer who becomes a client: the client's margin over the customer's pays back the cost to win the client. */
export interface Conversion {
  customer: Pick<BuyerTerms, 'price' | 'costToServe'>;
  client: Pick<BuyerTerms, 'price' | 'costToServe' | 'costToWin'>;
}

/** The client's monthly margin less what the same buyer brought as a customer. */
export const extraMargin = (c: Conversion): number =>
  monthlyMargin(c.client.price, c.client.costToServe) - monthlyMargin(c.customer.price, c.customer.costToServe);

export const conversionPayback = (c: Conversion): number | null => paybackMonths(c.client.costToWin, extraMargin(c));

/** The margin so far less the cost to win, for months 0 to `months`, for a buyer who stays. */
export const paidBackSoFar = (costToWin: number, margin: number, months: number): number[] =>
  Array.from({ length: Math.max(0, Math.floor(months)) + 1 }, (_, m) => margin * m - costToWin);
