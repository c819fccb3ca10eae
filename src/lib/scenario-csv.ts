import type { ConversionResult } from './simulate-conversion.ts';

/** Column headings of the month-by-month download, in order. */
export interface CsvHeadings {
  month: string;
  customers: string;
  clients: string;
  customerRevenue: string;
  clientRevenue: string;
  profit: string;
  cumulativeProfit: string;
  baselineCumulativeProfit: string;
}

const cell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
/** Two decimals are enough for money and fractional people, and keep the file readable. */
const num = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The month-by-month series as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line
 * ends), numbers unformatted so a spreadsheet reads them as numbers.
 */
export function scenarioCsv(result: ConversionResult, headings: CsvHeadings): string {
  const head = [
    headings.month,
    headings.customers,
    headings.clients,
    headings.customerRevenue,
    headings.clientRevenue,
    headings.profit,
    headings.cumulativeProfit,
    headings.baselineCumulativeProfit,
  ].map(cell);
  const rows = result.series.map((m, i) =>
    [
      String(m.month),
      num(m.customers),
      num(m.clients),
      num(m.customerRevenue),
      num(m.clientRevenue),
      num(m.profit),
      num(m.cumulativeProfit),
      num(result.baseline[i].cumulativeProfit),
    ].join(','),
  );
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}
