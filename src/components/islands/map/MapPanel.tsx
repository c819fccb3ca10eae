import { Show } from 'solid-js';
import type { MapModel } from '../../../lib/map-model.ts';
import { mapStrings as t } from '../../../strings/map.ts';
import { extras, preview, select, selected, setYou, startMap, useLive, you } from './map-store.ts';

interface Props {
  model: MapModel;
  /** Id of the server-drawn figure this panel explains. */
  figure: string;
}

/** Beside the map: why the chosen (or hovered) business sits where it does, and the reader's own point. */
export default function MapPanel(props: Props) {
  const model = props.model;
  const byId = new Map(model.businesses.map((b) => [b.id, b]));
  const live = useLive(() => startMap(document.getElementById(props.figure), new Map(model.businesses.map((b) => [b.id, b.answer]))));
  const shown = () => (live() ? byId.get(preview() ?? selected() ?? '') : undefined);
  return (
    <div class="map-panel needs-js">
      <section class="map-details" aria-label={t.detailsLabel}>
        <Show
          when={shown() && extras()}
          fallback={
            <p class="map-hint">
              {t.hint} {t.keys}
            </p>
          }
        >
          {(x) => {
            const Details = x().MapDetails;
            return (
              <Details
                business={shown()!}
                contrasts={model.contrasts}
                nameOf={(id) => byId.get(id)?.name ?? id}
                onSelect={select}
                onClose={selected() ? () => select(null) : undefined}
              />
            );
          }}
        </Show>
      </section>
      <Show when={live() && you() && extras()}>
        {(x) => {
          const Point = x().YourPoint;
          return (
            <section class="map-you-panel" aria-labelledby="map-you-title">
              <h2 id="map-you-title">{t.you.title}</h2>
              <Point model={model} you={you()!} onMove={setYou} onSelect={select} />
            </section>
          );
        }}
      </Show>
    </div>
  );
}
