import { For, Show } from 'solid-js';
import type { MapAxis, MapModel, MapPoint } from '../../../lib/map-model.ts';
import { nearestBusinesses, zoneAt } from '../../../lib/map-nearby.ts';
import { mapMoreStrings as m } from '../../../strings/map-more.ts';
import { mapStrings as t } from '../../../strings/map.ts';

interface Props {
  model: MapModel;
  you: MapPoint;
  onMove: (you: MapPoint | null) => void;
  onSelect: (id: string) => void;
}

/** The reader's own point: two sliders, the three nearest examples, and the lessons for where it sits. */
export default function YourPoint(props: Props) {
  const near = () => nearestBusinesses(props.you, props.model.businesses);
  const zone = () => zoneAt(props.model.zones, props.you);
  const slider = (axis: MapAxis, label: string) => (
    <label class="map-slider">
      <span>{label}</span>
      <input
        type="range"
        min="0"
        max="100"
        step="1"
        value={props.you[axis]}
        aria-valuetext={m.you.valueText(props.you[axis], props.you.tailoring, props.you.relationship)}
        onInput={(e) => props.onMove({ ...props.you, [axis]: Number(e.currentTarget.value) })}
      />
      <output aria-hidden="true">{props.you[axis]}</output>
    </label>
  );
  return (
    <>
      <p>{t.you.intro}</p>
      <div class="map-sliders">
        {slider('tailoring', m.you.tailoring)}
        {slider('relationship', m.you.relationship)}
      </div>
      <h3>{m.you.nearest}</h3>
      <ol class="map-nearest" aria-live="polite">
        <For each={near()}>
          {(n) => (
            <li>
              <button type="button" class="map-link-button" onClick={() => props.onSelect(n.business.id)}>
                {n.business.name}
              </button>
            </li>
          )}
        </For>
      </ol>
      <Show when={zone()}>
        {(z) => (
          <div class="map-zone-advice">
            <h3>{m.you.zone(z().name)}</h3>
            <p>{z().text}</p>
            <p>
              <span class="meta">{m.you.lessons}:</span>{' '}
              <For each={z().lessons}>
                {(l, i) => (
                  <>
                    {i() > 0 && ' · '}
                    <a href={l.href}>{l.title}</a>
                  </>
                )}
              </For>
            </p>
          </div>
        )}
      </Show>
      <p>
        <button type="button" class="map-button map-button-small" onClick={() => props.onMove(null)}>
          {m.you.remove}
        </button>
      </p>
    </>
  );
}
