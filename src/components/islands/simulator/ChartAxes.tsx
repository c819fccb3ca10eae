import { Index } from 'solid-js';
import type { ChartFrame } from '../../../lib/conversion-charts.ts';

interface Props {
  frame: ChartFrame;
  formatY: (value: number) => string;
  xLabel: string;
}

/** Gridlines, tick labels and the zero line shared by both charts. */
export function ChartAxes(props: Props) {
  const p = () => props.frame.plot;
  return (
    <g class="sim-axes">
      {/* Index, not For: tick objects are new on every change, and re-creating SVG text on each
          slider step costs more layout than the rest of the update put together. */}
      <Index each={props.frame.yTicks}>
        {(tick) => (
          <g>
            <line class="sim-grid" x1={p().left} x2={p().right} y1={tick().at} y2={tick().at} />
            <text class="sim-tick" x={p().left - 6} y={tick().at} text-anchor="end" dominant-baseline="middle">
              {props.formatY(tick().value)}
            </text>
          </g>
        )}
      </Index>
      <Index each={props.frame.xTicks}>
        {(tick) => (
          <text class="sim-tick" x={tick().at} y={p().bottom + 16} text-anchor="middle">
            {tick().value}
          </text>
        )}
      </Index>
      <line class="sim-zero" x1={p().left} x2={p().right} y1={props.frame.zeroY} y2={props.frame.zeroY} />
      <text class="sim-tick" x={p().left - 6} y={p().bottom + 16} text-anchor="end">
        {props.xLabel}
      </text>
    </g>
  );
}
