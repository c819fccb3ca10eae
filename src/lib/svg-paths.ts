/**
 * SVG path data for the simulator's charts. Two shapes are all they draw, and d3-shape's
 * generators for them cost the simulator 4 KB of gzip; these write the same paths as x,y pairs.
 */

type Point = readonly [x: number, y: number];

// Hundredths of a user unit are finer than any screen draws, and keep the markup short.
const pair = ([x, y]: Point) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;

/** A straight line through the points in order. */
export function linePath(points: readonly Point[]): string {
  return points.length > 0 ? `M${points.map(pair).join('L')}` : '';
}

/**
 * A filled band of steps: between x[i] and x[i + 1] it runs from base[i] up to top[i], so each
 * value holds flat until the next one starts (d3's "step after" curve).
 */
export function stepAreaPath(x: readonly number[], top: readonly number[], base: readonly number[]): string {
  if (x.length === 0) return '';
  const points: Point[] = [[x[0], top[0]]];
  for (let i = 1; i < x.length; i++) points.push([x[i], top[i - 1]], [x[i], top[i]]);
  const last = x.length - 1;
  points.push([x[last], base[last]]);
  for (let i = last - 1; i >= 0; i--) points.push([x[i + 1], base[i]], [x[i], base[i]]);
  return `${linePath(points)}Z`;
}
