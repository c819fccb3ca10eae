import { For, type Accessor, type JSX } from 'solid-js';
import type { ChartSize } from '../../../lib/conversion-charts.ts';
import { createWidth } from './create-width.ts';

interface Props {
  id: string;
  title: string;
  /** One or two sentences that say what the chart shows; also the chart's accessible description. */
  summary: string;
  seeTable: string;
  onShowTable: () => void;
  legend: { key: string; label: string }[];
  children: (size: Accessor<ChartSize>) => JSX.Element;
}

const HEIGHT = 240;

/**
 * A chart with its title, legend, a sentence that sums it up, and a link to the same figures
 * as a table. The SVG is one image to assistive technology, named by the title and summary.
 */
export function ChartFigure(props: Props) {
  let figure: HTMLElement | undefined;
  const width = createWidth(() => figure, 640);
  const size = () => ({ width: width(), height: HEIGHT });
  return (
    <figure class="sim-chart" id={props.id} ref={figure}>
      <figcaption>
        <h3 id={`${props.id}-title`}>{props.title}</h3>
      </figcaption>
      <ul class="sim-legend">
        <For each={props.legend}>
          {(item) => (
            <li>
              <span class={`sim-swatch sim-swatch-${item.key}`} aria-hidden="true" />
              {item.label}
            </li>
          )}
        </For>
      </ul>
      <svg
        class="sim-svg"
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-summary`}
        width={width()}
        height={HEIGHT}
        viewBox={`0 0 ${width()} ${HEIGHT}`}
      >
        {props.children(size)}
      </svg>
      <p class="sim-chart-summary" id={`${props.id}-summary`}>
        {props.summary}
      </p>
      <p class="sim-see-table">
        <a href="#month-table" onClick={() => props.onShowTable()}>
          {props.seeTable}
        </a>
      </p>
    </figure>
  );
}
