import { For } from 'solid-js';
import type { MapNotice } from '../../../lib/map-url.ts';
import { mapMoreStrings as m } from '../../../strings/map-more.ts';

/** What in the link could not be used; the map shows its default view for that part. */
export default function MapNotices(props: { notices: MapNotice[]; onDismiss: () => void }) {
  return (
    <>
      <p>{m.notices.title}</p>
      <ul>
        <For each={props.notices}>{(n) => <li>{m.notices.text(n)}</li>}</For>
      </ul>
      <button type="button" class="map-button map-button-small" onClick={() => props.onDismiss()}>
        {m.notices.dismiss}
      </button>
    </>
  );
}
