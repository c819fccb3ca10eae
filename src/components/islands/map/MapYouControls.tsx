import { Show } from 'solid-js';
import type { MapAxis, MapPoint, MapRegion, MapVerdict } from '../../../lib/map-model.ts';
import { nearestBusinesses, regionAt } from '../../../lib/map-nearby.ts';
import { onTheLine } from '../../../lib/the-test.ts';
import { mapStrings as t } from '../../../strings/map.ts';
import { needExtras, setYou, startMap, useLive, you } from './map-store.ts';

interface Props {
  /** What finding the nearest businesses needs: names and points. */
  businesses: { id: string; name: string; label: string; answer: MapVerdict; placements: MapPoint[] }[];
  regions: Pick<MapRegion, 'id' | 'name'>[];
  /** Axis names, for the sliders. */
  axes: Record<MapAxis, { name: string }>;
  figure: string;
  /** The quiz, for readers who would rather answer questions. */
  quiz: string;
}

/** Where a placed point starts: inside the customer region, clear of its borders, so it reads as a place to move from. */
const START: MapPoint = { tailoring: 30, relationship: 30 };

/**
 * Under the map, so the reader's hand and the point it moves are on one screen: the button that
 * places the reader's business, then its two sliders and, as they move, the region it is in and
 * the nearest example businesses.
 */
export default function MapYouControls(props: Props) {
  const live = useLive(() => startMap(document.getElementById(props.figure), new Map(props.businesses.map((b) => [b.id, b.answer]))));
  const point = () => (live() ? you() : null);
  const slider = (axis: MapAxis, at: () => MapPoint) => (
    <label class="map-slider">
      <span>{props.axes[axis].name}</span>
      <input
        type="range"
        min="0"
        max="100"
        step="1"
        value={at()[axis]}
        aria-valuetext={t.you.valueText(at()[axis], at().tailoring, at().relationship)}
        onInput={(e) => setYou({ ...at(), [axis]: Number(e.currentTarget.value) })}
      />
      <output aria-hidden="true">{at()[axis]}</output>
    </label>
  );
  return (
    <section class="map-you-controls needs-js" aria-label={t.you.title}>
      <Show
        when={point()}
        fallback={
          <p class="map-you-start">
            <button
              type="button"
              class="map-button"
              disabled={!live()}
              onClick={(e) => {
                // Found before the button gives way to the sliders, while it is still in the page.
                const controls = e.currentTarget.closest('section');
                const stage = e.currentTarget.closest('.map-stage');
                needExtras();
                setYou(START);
                // The button is gone, so the reader's focus moves to what replaced it.
                controls?.querySelector('input')?.focus({ preventScroll: true });
                // The figure and the sliders together on screen, wherever the button was. A jump, not a
                // glide: the browser adds a second smooth scroll (a focus moving, say) to one still
                // running, and the page stops somewhere neither asked for.
                const box = stage?.getBoundingClientRect();
                if (box && (box.top < 0 || box.bottom > innerHeight)) stage!.scrollIntoView({ block: 'start', behavior: 'instant' });
              }}
            >
              {t.you.place}
            </button>{' '}
            <span>{t.you.intro}</span> <a href={props.quiz}>{t.you.quiz}</a>
          </p>
        }
      >
        {(at) => {
          const region = () => regionAt(props.regions, at());
          const near = () =>
            nearestBusinesses(at(), props.businesses)
              .map((n) => n.business.name)
              .join(', ');
          return (
            <>
              <div class="map-sliders">
                {slider('tailoring', at)}
                {slider('relationship', at)}
              </div>
              <p class="map-you-readout" aria-live="polite">
                <strong>{onTheLine(at()) ? t.you.onTheLine : region()?.name}.</strong> <span>{t.you.nearest(near())}</span>
              </p>
            </>
          );
        }}
      </Show>
    </section>
  );
}
