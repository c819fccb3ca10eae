import { Show } from 'solid-js';
import { compareStrings as t } from '../../../strings/compare.ts';
import type { CriterionView } from './criterion-view.ts';
import { CriterionCells } from './CriterionCells.tsx';

/** Columns in the comparison table, so full-width cells span them all whichever are shown. */
export const COLUMN_COUNT = 6;

interface Props {
  criterion: CriterionView;
  /** Filtered out: hidden on screen, still printed. */
  hidden: boolean;
  open: boolean;
  pinned: boolean;
  onToggleOpen: () => void;
  onTogglePin: () => void;
}

/** A comparison row, anchored at #<id>, and the row under it with the explanation and example. */
export function CriterionRow(props: Props) {
  const c = props.criterion;
  const detailId = `${c.id}-more`;
  return (
    <>
      <tr id={c.id} class="criterion" hidden={props.hidden}>
        <th scope="row" id={`${c.id}-label`}>
          {c.label}
        </th>
        <CriterionCells criterion={c} />
        <td class="col-tools" data-pagefind-ignore>
          <button
            type="button"
            class="tool tool-details"
            aria-expanded={props.open ? 'true' : 'false'}
            aria-controls={detailId}
            onClick={() => props.onToggleOpen()}
          >
            {t.details} <span class="sr-only">{t.detailsFor(c.label)}</span>
          </button>
          <button type="button" class="tool tool-pin" aria-pressed={props.pinned ? 'true' : 'false'} onClick={() => props.onTogglePin()}>
            {t.pin} <span class="sr-only">{t.rowFor(c.label)}</span>
          </button>
          <a class="tool tool-link" href={`#${c.id}`} data-copy-link>
            {t.rowLink} <span class="sr-only">{t.rowLinkFor(c.label)}</span>
          </a>
        </td>
      </tr>
      <tr id={detailId} class="criterion-detail" classList={{ 'is-open': props.open }} hidden={props.hidden}>
        <td colSpan={COLUMN_COUNT} headers={`${c.id}-label`}>
          <div class="criterion-more">
            <p>
              <strong>{t.explanation}:</strong> {c.explanation}
            </p>
            <p>
              <strong>{t.example}:</strong> {c.example}
            </p>
            <Show when={c.differ}>
              <p class="criterion-differ">
                <strong>{t.differ}:</strong> {c.differ}
              </p>
            </Show>
            <Show when={c.lesson}>
              {(lesson) => (
                <p data-pagefind-ignore>
                  <a href={lesson().href}>
                    {t.readMore}: {lesson().title}
                  </a>
                </p>
              )}
            </Show>
          </div>
        </td>
      </tr>
    </>
  );
}
