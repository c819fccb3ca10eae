import { toDisplayUnits, type InputName } from './conversion-inputs.ts';

export interface Formatters {
  /** £12,345 */
  money: (x: number) => string;
  /** +£1,234 or -£1,234: a change, signed either way. */
  moneyChange: (x: number) => string;
  /** £12K, for axis labels. */
  moneyShort: (x: number) => string;
  /** 1,234 */
  count: (x: number) => string;
  /** 8.5% from 0.085 */
  percent: (x: number) => string;
  /** An input's value as its field shows it, without a unit sign. */
  field: (name: InputName, value: number) => string;
}

/**
 * Number formatting for the simulator, built on Intl.NumberFormat. A value that is not a finite
 * number prints as a dash, so nothing on the page can ever read "NaN" or "Infinity".
 */
export function createFormatters(locale: string, currency: string): Formatters {
  const safe = (format: Intl.NumberFormat) => (x: number) => (Number.isFinite(x) ? format.format(x) : '–');
  // signDisplay 'negative' keeps a rounded -0.3 from showing as "-£0".
  const money = safe(new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'negative' }));
  const moneyChange = safe(
    new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  );
  const moneyShort = safe(
    new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, signDisplay: 'negative' }),
  );
  const count = safe(new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'negative' }));
  const percent = safe(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }));
  const plain = safe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const field = (name: InputName, value: number) => plain(toDisplayUnits(name, value));
  return { money, moneyChange, moneyShort, count, percent, field };
}
