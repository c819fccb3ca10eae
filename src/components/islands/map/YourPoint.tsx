import { For, Show } from 'solid-js';
import type { MapModel, MapPoint } from '../../../lib/map-model.ts';
import { nearestBusinesses, regionAt } from '../../../lib/map-nearby.ts';
import { onTheLine } from '../../../lib/the-test.ts';
import { mapMoreStrings as m } from '../../../strings/map-more.ts';

interface Props {
  model: MapModel;
  you: MapPoint;
  onMove: (you: MapPoint | null) => void;
  onSelect: (id: string) => void;
}

/** What the reader's point means: the region of the test it is in, the lessons for there, and the nearest examples to open. */
export default function YourPoint(props: Props) {
  const near = () => nearestBusinesses(props.you, props.model.businesses);
  const region = () => regionAt(props.model.regions, props.you);
  return (
    <>
      <Show when={region()}>
        {(g) => (
          <div class="map-zone-advice" data-region={g().id}>
            <h3>{onTheLine(props.you) ? m.you.onTheLine(g().name) : m.you.region(g().name)}</h3>
            <p>{g().text}</p>
            <p>
              <span class="meta">{m.you.lessons}:</span>{' '}
              <For each={g().lessons}>
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
      <h3>{m.you.nearest}</h3>
      <ol class="map-nearest">
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
      <p>
        <button type="button" class="map-button map-button-small" onClick={() => props.onMove(null)}>
          {m.you.remove}
        </button>
      </p>
    </>
  );
}
