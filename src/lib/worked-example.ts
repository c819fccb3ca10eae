import {
  conversionPayback,
  extraMargin,
  lifetimeValue,
  monthlyMargin,
  paybackMonths,
  revenue,
  type BuyerTerms,
  type Conversion,
} from './economics.ts';

/**
 * A worked example from content/worked-examples.yaml: named inputs only. Every figure a page
 * states about it is worked out here, from src/lib/economics.ts, so no page types a sum.
 */
export type BuyerExample = BuyerTerms & { id: string; buyer: 'client' | 'customer' };
export type ConversionExample = Conversion & { id: string };
export type WorkedExample = BuyerExample | ConversionExample;

export const isConversion = (e: WorkedExample): e is ConversionExample => 'client' in e;

/** Whether a figure is a sum of money, a number of months, or a payback month (which may be never). */
export type FigureUnit = 'money' | 'months' | 'payback';

const BUYER_FIGURES = {
  price: 'money',
  costToServe: 'money',
  months: 'months',
  costToWin: 'money',
  margin: 'money',
  revenue: 'money',
  lifetimeValue: 'money',
  payback: 'payback',
} as const satisfies Record<string, FigureUnit>;

const CONVERSION_FIGURES = {
  customerPrice: 'money',
  customerCostToServe: 'money',
  customerMargin: 'money',
  clientPrice: 'money',
  clientCostToServe: 'money',
  clientMargin: 'money',
  costToWin: 'money',
  extraMargin: 'money',
  payback: 'payback',
} as const satisfies Record<string, FigureUnit>;

export interface Figure {
  unit: FigureUnit;
  /** Null only for a payback that never comes. */
  value: number | null;
}

/** Every figure a page may state about an example, by name. */
export function workedFigures(e: WorkedExample): Record<string, Figure> {
  const values: Record<string, number | null> = isConversion(e)
    ? {
        customerPrice: e.customer.price,
        customerCostToServe: e.customer.costToServe,
        customerMargin: monthlyMargin(e.customer.price, e.customer.costToServe),
        clientPrice: e.client.price,
        clientCostToServe: e.client.costToServe,
        clientMargin: monthlyMargin(e.client.price, e.client.costToServe),
        costToWin: e.client.costToWin,
        extraMargin: extraMargin(e),
        payback: conversionPayback(e),
      }
    : {
        price: e.price,
        costToServe: e.costToServe,
        months: e.months,
        costToWin: e.costToWin,
        margin: monthlyMargin(e.price, e.costToServe),
        revenue: revenue(e),
        lifetimeValue: lifetimeValue(e),
        payback: paybackMonths(e.costToWin, monthlyMargin(e.price, e.costToServe)),
      };
  const units: Record<string, FigureUnit> = isConversion(e) ? CONVERSION_FIGURES : BUYER_FIGURES;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { unit: units[name], value }]));
}

/** The names of the figures an example has, for error messages. */
export const figureNames = (e: WorkedExample): string[] => Object.keys(workedFigures(e));

/** A figure as a page states it: money in the site's currency, months as a whole number, a payback that never comes as `never`. */
export function stateFigure(figure: Figure, money: (n: number) => string, never: string): string {
  if (figure.value === null) return never;
  return figure.unit === 'money' ? money(figure.value) : String(figure.value);
}
