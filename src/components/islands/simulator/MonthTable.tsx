import { Index, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { ConversionResult } from '../../../lib/simulate-conversion.ts';
import type { Formatters } from '../../../lib/simulator-format.ts';
import type { SimulatorText } from './types.ts';

interface Props {
  result: ConversionResult;
  text: SimulatorText;
  format: Formatters;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** Every month's figures, folded away until asked for; also the charts' table alternative. */
export function MonthTable(props: Props) {
  const t = () => props.text.table;
  // 120 rows are the page's heaviest update. While folded away they keep their last figures;
  // while open they catch up a moment after the last change, so dragging a slider never waits
  // on the table. Opening it brings it up to date at once.
  const [shown, setShown] = createSignal<ConversionResult>(props.result);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => props.open,
      (open) => open && setShown(props.result),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.result,
      (result) => {
        clearTimeout(timer);
        if (props.open) timer = setTimeout(() => setShown(result), 150);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <details class="sim-months" id="month-table" open={props.open} onToggle={(e) => props.onToggle(e.currentTarget.open)}>
      <summary>{t().summary}</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label={t().caption}>
        <table>
          <caption>{t().caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t().month}</th>
              <th scope="col">{t().customers}</th>
              <th scope="col">{t().clients}</th>
              <th scope="col">{t().customerRevenue}</th>
              <th scope="col">{t().clientRevenue}</th>
              <th scope="col">{t().profit}</th>
              <th scope="col">{t().cumulativeProfit}</th>
              <th scope="col">{t().baselineCumulativeProfit}</th>
            </tr>
          </thead>
          <tbody>
            {/* Index keeps each row's DOM and only updates its text, which keeps slider drags smooth. */}
            <Index each={shown().series}>
              {(month, i) => (
                <tr>
                  <th scope="row">{month().month}</th>
                  <td>{props.format.count(month().customers)}</td>
                  <td>{props.format.count(month().clients)}</td>
                  <td>{props.format.money(month().customerRevenue)}</td>
                  <td>{props.format.money(month().clientRevenue)}</td>
                  <td>{props.format.money(month().profit)}</td>
                  <td>{props.format.money(month().cumulativeProfit)}</td>
                  <td>{props.format.money(shown().baseline[i]?.cumulativeProfit ?? 0)}</td>
                </tr>
              )}
            </Index>
          </tbody>
        </table>
      </div>
    </details>
  );
}
