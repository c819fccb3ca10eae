import { For, Match, Switch, type JSX } from 'solid-js';
import type { SmallMapDrawing } from '../../../lib/map-model.ts';

/**
 * The small map (src/lib/map-drawing.ts with no names) as an island draws it: the same regions,
 * key, marks and classes as src/components/map/MapSvg.astro draws on the server, so the quiz
 * result's map looks like the map everywhere else. `children` draws on top (the reader's marker).
 */
export default function MapSmallSvg(props: { drawing: SmallMapDrawing; label: string; children?: JSX.Element }) {
  const d = () => props.drawing;
  const f = d().frame;
  return (
    <svg class="map-svg" viewBox={`0 0 ${f.width} ${f.height}`} role="img" aria-label={props.label}>
      <For each={d().regions}>
        {(g) => <rect class={`map-region map-region-${g.verdict}`} x={g.x} y={g.y} width={g.width} height={g.height} />}
      </For>
      <rect class="map-frame" x={f.left} y={f.top} width={f.right - f.left} height={f.bottom - f.top} />
      <line class="map-midline" x1={d().mid.x} x2={d().mid.x} y1={f.top} y2={f.bottom} />
      <line class="map-midline" x1={f.left} x2={f.right} y1={d().mid.y} y2={d().mid.y} />
      <For each={d().regions}>
        {(g) => (
          <text class={`map-region-name map-region-name-${g.verdict}`} text-anchor={g.name.anchor}>
            <For each={g.name.lines}>
              {(line, i) => (
                <tspan x={g.name.x} y={g.name.y + i() * g.name.lineHeight} dy="0.35em">
                  {line}
                </tspan>
              )}
            </For>
          </text>
        )}
      </For>
      <g class="map-axis">
        <text x={f.left} y={f.height - 8}>
          {d().axes.tailoring.low}
        </text>
        <text x={f.right} y={f.height - 8} text-anchor="end">
          {d().axes.tailoring.high} →
        </text>
        <text transform={`translate(15 ${f.bottom}) rotate(-90)`}>{d().axes.relationship.low}</text>
        <text transform={`translate(15 ${f.top}) rotate(-90)`} text-anchor="end">
          {d().axes.relationship.high} →
        </text>
      </g>
      <g class="map-key-marks">
        <For each={d().legend}>
          {(l) => (
            <>
              <g class={l.mark === 'you' ? 'map-key-you' : `map-${l.mark}`} transform={`translate(${l.x} ${l.y})`}>
                <Mark shape={l.mark} small />
              </g>
              <text x={l.textX} y={l.y} dy="0.35em">
                {l.text}
              </text>
            </>
          )}
        </For>
      </g>
      <For each={d().points}>
        {(p) => (
          <g class={`map-dot map-${p.answer}`} transform={`translate(${p.x} ${p.y})`}>
            <Mark shape={p.answer} />
          </g>
        )}
      </For>
      {props.children}
    </svg>
  );
}

/** A business's mark by its verdict, or the reader's ring; the same shapes as MapSvg.astro. */
function Mark(props: { shape: 'client' | 'customer' | 'depends' | 'you'; small?: boolean }) {
  const k = props.small ? 0.83 : 1;
  return (
    <Switch
      fallback={
        <>
          <circle class="map-you-ring" r="5.5" />
          <circle class="map-you-core" r="2" />
        </>
      }
    >
      <Match when={props.shape === 'client'}>
        <circle class="map-mark" r={6 * k} />
      </Match>
      <Match when={props.shape === 'customer'}>
        <rect class="map-mark" x={-5.4 * k} y={-5.4 * k} width={10.8 * k} height={10.8 * k} />
      </Match>
      <Match when={props.shape === 'depends'}>
        <path class="map-mark" d={`M0 ${-7.2 * k}L${7.2 * k} 0L0 ${7.2 * k}L${-7.2 * k} 0Z`} />
      </Match>
    </Switch>
  );
}
