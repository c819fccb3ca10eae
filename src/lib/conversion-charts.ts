import { nice, ticks } from 'd3-array';
import type { MonthFigures } from './simulate-conversion.ts';
import { linePath, stepAreaPath } from './svg-paths.ts';

export interface ChartSize {
  width: number;
  height: number;
}

/** Room around the plot for the axis labels. */
export const CHART_MARGIN = { top: 12, right: 12, bottom: 28, left: 60 } as const;

export interface Tick {
  value: number;
  /** Position in SVG user units along the axis. */
  at: number;
}

export interface ChartFrame {
  xTicks: Tick[];
  yTicks: Tick[];
  /** Where y = 0 is drawn. */
  zeroY: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * A linear scale with d3's tick rules. d3-array's `ticks` and `nice` are all the charts need from
 * d3-scale, whose linear scale would also bring colour and number interpolation (about 9 KB).
 */
function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}

function frame(months: number, low: number, high: number, { width, height }: ChartSize) {
  const plot = { left: CHART_MARGIN.left, right: width - CHART_MARGIN.right, top: CHART_MARGIN.top, bottom: height - CHART_MARGIN.bottom };
  const x = linearScale([0, Math.max(1, months)], [plot.left, plot.right]);
  // An all-zero series still needs a y range to draw on.
  const y = linearScale(nice(low, high > low ? high : low + 1, 5), [plot.bottom, plot.top]);
  const xTicks = x
    .ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70)))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, at: x(value) }));
  const yTicks = y.ticks(5).map((value) => ({ value, at: y(value) }));
  return { x, y, xTicks, yTicks, zeroY: y(0), plot };
}

/**
 * Monthly revenue as two stacked step areas, customers below and clients on top: each month is
 * a flat step, so a one-month horizon still shows as a bar.
 */
export function revenueChart(series: readonly MonthFigures[], size: ChartSize): ChartFrame & { customerArea: string; clientArea: string } {
  const top = Math.max(0, ...series.map((m) => m.customerRevenue + m.clientRevenue));
  const { x, y, ...rest } = frame(series.length, 0, top, size);
  // One more step edge than months, so the last month is as wide as the others.
  const months = series.length > 0 ? [...series, series[series.length - 1]] : [];
  const xs = months.map((_, i) => x(i));
  const customers = months.map((m) => y(m.customerRevenue));
  const both = months.map((m) => y(m.customerRevenue + m.clientRevenue));
  return {
    ...rest,
    customerArea: stepAreaPath(
      xs,
      customers,
      months.map(() => y(0)),
    ),
    clientArea: stepAreaPath(xs, both, customers),
  };
}

/** Cumulative profit with and without the programme, both starting from 0 at month 0. */
export function profitChart(
  series: readonly MonthFigures[],
  baseline: readonly MonthFigures[],
  size: ChartSize,
): ChartFrame & { withLine: string; withoutLine: string } {
  const values = [0, ...series.map((m) => m.cumulativeProfit), ...baseline.map((m) => m.cumulativeProfit)];
  const { x, y, ...rest } = frame(series.length, Math.min(...values), Math.max(...values), size);
  const points = (run: readonly MonthFigures[]): [number, number][] => [
    [x(0), y(0)],
    ...run.map((m): [number, number] => [x(m.month), y(m.cumulativeProfit)]),
  ];
  return { ...rest, withLine: linePath(points(series)), withoutLine: linePath(points(baseline)) };
}
