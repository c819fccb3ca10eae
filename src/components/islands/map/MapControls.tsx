import { For, Show } from 'solid-js';
import type { MapVerdict } from '../../../lib/map-model.ts';
import { mapStrings as t } from '../../../strings/map.ts';
import {
  extras,
  needExtras,
  notices,
  select,
  selected,
  setNotices,
  setShow,
  setViews,
  show,
  startMap,
  useLive,
  views,
} from './map-store.ts';

interface Props {
  /** Every business on the map, in the order of the examples page. */
  businesses: { id: string; name: string; answer: MapVerdict }[];
  /** Id of the server-drawn figure these controls drive. */
  figure: string;
}

/** Above the map: notices about the link, the verdict filter and a list to choose a business from. */
export default function MapControls(props: Props) {
  const verdictOf = new Map(props.businesses.map((b) => [b.id, b.answer]));
  const live = useLive(() => startMap(document.getElementById(props.figure), verdictOf));
  const showing = () => (live() ? show() : null);
  // On a phone the figure is below these controls: a change the reader cannot see looks like no change.
  const bringFigureIntoView = () => {
    // The figure holds one drawing per width; only the one drawn at this width has a size.
    const svgs = [...(document.getElementById(props.figure)?.querySelectorAll('svg[data-map-svg]') ?? [])];
    const svg = svgs.find((s) => s.getBoundingClientRect().height > 0);
    const box = svg?.getBoundingClientRect();
    if (box && Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) < box.height / 2) svg!.scrollIntoView({ block: 'nearest' });
  };
  return (
    <div class="map-controls-area">
      <div role="status">
        <Show when={live() && notices().length > 0 && extras()}>
          {(x) => {
            const Notices = x().MapNotices;
            return (
              <div class="map-notices">
                <Notices notices={notices()} onDismiss={() => setNotices([])} />
              </div>
            );
          }}
        </Show>
      </div>
      <div class="map-controls needs-js" onFocusIn={needExtras}>
        <fieldset class="map-filter">
          <legend>{t.filter}</legend>
          <For each={[null, 'client', 'customer', 'depends'] as const}>
            {(v) => (
              <label>
                <input
                  type="radio"
                  name="map-show"
                  value={v ?? 'all'}
                  checked={showing() === v}
                  disabled={!live()}
                  onChange={() => setShow(v)}
                />
                {v ? t.verdicts[v] : t.all}
              </label>
            )}
          </For>
        </fieldset>
        <label class="map-choose">
          <span>{t.choose}</span>
          <select
            disabled={!live()}
            onChange={(e) => {
              select(e.currentTarget.value || null);
              if (e.currentTarget.value) bringFigureIntoView();
            }}
          >
            <option value="" selected={!live() || !selected()}>
              {t.chooseNone}
            </option>
            <For each={props.businesses}>
              {(b) => (
                <option value={b.id} selected={live() && selected() === b.id}>
                  {b.name}
                </option>
              )}
            </For>
          </select>
        </label>
        <label class="map-views-toggle">
          <input
            type="checkbox"
            checked={live() && views()}
            disabled={!live()}
            onChange={(e) => {
              setViews(e.currentTarget.checked);
              if (e.currentTarget.checked) bringFigureIntoView();
            }}
          />
          {t.views}
        </label>
        <Show when={live() && views()}>
          <p class="map-views-key">
            <svg class="map-views-key-mark" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2="18" y2="6" />
              <circle cx="21" cy="6" r="4.5" />
            </svg>{' '}
            {t.viewsKey}
          </p>
        </Show>
      </div>
    </div>
  );
}
