import { For } from 'solid-js';
import { compareStrings as t } from '../../../strings/compare.ts';
import type { CriterionView } from './criterion-view.ts';
import { CriterionCells } from './CriterionCells.tsx';
import { ColumnHeads } from './ColumnHeads.tsx';

interface Props {
  rows: CriterionView[];
  tableClass: Record<string, boolean>;
  onUnpin: (c: CriterionView) => void;
  onUnpinAll: () => void;
}

/** The pinned rows, together above the full table, whatever the filter. */
export function PinnedCriteria(props: Props) {
  return (
    <section class="pinned" aria-labelledby="pinned-title">
      <div class="pinned-head">
        <h2 id="pinned-title" tabIndex={-1}>
          {t.pinned(props.rows.length)}
        </h2>
        <button type="button" class="compare-button" onClick={() => props.onUnpinAll()}>
          {t.unpinAll}
        </button>
      </div>
      <p class="meta">{t.pinnedHint}</p>
      <table class="compare-table pinned-table" classList={props.tableClass}>
        <caption class="sr-only">{t.pinned(props.rows.length)}</caption>
        <ColumnHeads />
        <tbody>
          <For each={props.rows}>
            {(c) => (
              <tr class="criterion">
                <th scope="row">
                  <a href={`#${c.id}`}>{c.label}</a>
                </th>
                <CriterionCells criterion={c} />
                <td class="col-tools">
                  <button type="button" class="tool" onClick={() => props.onUnpin(c)}>
                    {t.unpin} <span class="sr-only">{t.rowFor(c.label)}</span>
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
