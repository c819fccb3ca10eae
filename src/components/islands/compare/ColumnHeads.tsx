import { compareStrings as t } from '../../../strings/compare.ts';

/** The header row both tables share. */
export function ColumnHeads() {
  const col = t.columns;
  return (
    <thead>
      <tr>
        <th scope="col" class="col-criterion">
          {col.criterion}
        </th>
        <th scope="col" class="col-client">
          {col.client}
        </th>
        <th scope="col" class="col-customer">
          {col.customer}
        </th>
        <th scope="col" class="col-consumer">
          {col.consumer}
        </th>
        <th scope="col" class="col-sources">
          {col.sources}
        </th>
        <th scope="col" class="col-tools">
          <span class="sr-only">{col.tools}</span>
        </th>
      </tr>
    </thead>
  );
}
