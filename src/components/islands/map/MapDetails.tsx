import { For, Show } from 'solid-js';
import type { MapBusiness, MapContrast, MapReason } from '../../../lib/map-model.ts';
import { mapMoreStrings as m } from '../../../strings/map-more.ts';
import { mapStrings as t } from '../../../strings/map.ts';
import { mapPageStrings as ps } from '../../../strings/map-page.ts';

interface Props {
  business: MapBusiness;
  contrasts: MapContrast[];
  /** Names of other businesses, for a contrast's button. */
  nameOf: (id: string) => string;
  onSelect: (id: string) => void;
  onClose?: () => void;
}

/** Why a business sits where it does: each article's verdict, the reasons per axis and their sources. */
export default function MapDetails(props: Props) {
  const b = () => props.business;
  const mine = () => props.contrasts.filter((c) => c.between.includes(b().id));
  return (
    <div class="map-details-body">
      <h3>
        {b().name} <span class={`lean lean-${b().answer}`}>{t.verdicts[b().answer]}</span>
      </h3>
      <p>{b().reason}</p>
      <Show when={b().placements.length > 1}>
        <p class="map-disagree">
          <strong>{m.disagree}.</strong> {b().disagreement}
        </p>
      </Show>
      <For each={b().placements}>
        {(p) => (
          <div class="map-placement">
            <Show when={p.view}>
              <h4>{ps.inView(p.view!)}</h4>
            </Show>
            <dl>
              <dt>
                {t.tailoring} {m.outOf(p.tailoring)}
              </dt>
              <dd>
                <Reason reason={p.reasons.tailoring} />
              </dd>
              <dt>
                {t.relationship} {m.outOf(p.relationship)}
              </dt>
              <dd>
                <Reason reason={p.reasons.relationship} />
              </dd>
            </dl>
          </div>
        )}
      </For>
      <p class="map-says">
        <span class="meta">{ps.articlesSay}:</span>{' '}
        <For each={b().verdicts}>
          {(v, i) => (
            <>
              {i() > 0 && '; '}
              <a href={v.source.href}>{v.source.title}</a> {ps.says[v.says]}
            </>
          )}
        </For>
      </p>
      <For each={mine()}>
        {(c) => {
          const other = () => c.between.find((id) => id !== b().id)!;
          return (
            <p class="map-contrast-text">
              {c.text}{' '}
              <button type="button" class="map-button map-button-small" onClick={() => props.onSelect(other())}>
                {m.contrast}: {props.nameOf(other())}
              </button>
            </p>
          );
        }}
      </For>
      <p>
        <span class="meta">{m.readLesson}:</span> <a href={b().lesson.href}>{b().lesson.title}</a>
      </p>
      <Show when={props.onClose}>
        <button type="button" class="map-button map-button-small" onClick={() => props.onClose!()}>
          {m.close}
        </button>
      </Show>
    </div>
  );
}

function Reason(props: { reason: MapReason }) {
  return (
    <>
      {props.reason.text}{' '}
      <Show when={props.reason.source} fallback={<span class="map-ours">({ps.ours})</span>}>
        {(s) => (
          <span class="map-source">
            (<a href={s().href}>{s().title}</a>)
          </span>
        )}
      </Show>
    </>
  );
}
