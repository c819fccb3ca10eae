import { For, Show } from 'solid-js';
import { compareStrings as t } from '../../../strings/compare.ts';
import type { CriterionView } from './criterion-view.ts';

/** The label a cell carries on phones, where rows become cards and the column headers are out of sight. */
const CellLabel = (props: { text: string }) => (
  <span class="cell-label" aria-hidden="true">
    {props.text}
  </span>
);

/** The data cells of a row: client, customer, consumer and sources. */
export function CriterionCells(props: { criterion: CriterionView }) {
  const c = props.criterion;
  return (
    <>
      <td class="col-client">
        <CellLabel text={t.columns.client} />
        {c.client}
      </td>
      <td class="col-customer">
        <CellLabel text={t.columns.customer} />
        {c.customer}
      </td>
      <td class="col-consumer">
        <CellLabel text={t.columns.consumer} />
        <Show
          when={c.consumer}
          fallback={
            <>
              <span aria-hidden="true">–</span>
              <span class="sr-only">{t.notCovered}</span>
            </>
          }
        >
          {c.consumer}
        </Show>
      </td>
      <td class="col-sources">
        <CellLabel text={t.columns.sources} />
        <ul class="row-sources">
          <For each={c.sources}>
            {(s) => (
              <li>
                <a href={s.href}>{s.name}</a>
              </li>
            )}
          </For>
        </ul>
      </td>
    </>
  );
}
