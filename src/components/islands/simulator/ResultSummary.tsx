import { For, Show } from 'solid-js';
import type { ConversionResult } from '../../../lib/simulate-conversion.ts';
import type { Formatters } from '../../../lib/simulator-format.ts';
import { fillIn } from '../../../lib/fill-in.ts';
import type { SimulatorText } from './types.ts';

type Metric = keyof SimulatorText['metrics'];

/** The headline figures: what the programme adds and when it pays off. */
export const HEADLINE: Metric[] = ['profitDifference', 'paybackMonth'];
/** The rest, between the charts. */
export const DETAILS: Metric[] = ['cumulativeProfit', 'baselineProfit', 'totalRevenue', 'customers', 'clients', 'customerLtv', 'clientLtv'];
interface Props {
  result: ConversionResult;
  text: SimulatorText;
  format: Formatters;
  metrics: Metric[];
  class: string;
}

/**
 * A list of summary figures. Each carries data-metric and data-value (the unrounded number, empty
 * when the figure has no value), so tests and scripts can read exact results.
 */
export function ResultSummary(props: Props) {
  const value = (metric: Metric): number | null => {
    const r = props.result;
    switch (metric) {
      case 'customers':
        return r.finalCustomers;
      case 'clients':
        return r.finalClients;
      case 'totalRevenue':
        return r.totalRevenue;
      case 'cumulativeProfit':
        return r.cumulativeProfit;
      case 'baselineProfit':
        return r.baselineProfit;
      case 'profitDifference':
        return r.profitDifference;
      case 'paybackMonth':
        return r.paybackMonth;
      case 'customerLtv':
        return r.customerLtv;
      case 'clientLtv':
        return r.clientLtv;
    }
  };
  const shown = (metric: Metric): string => {
    const v = value(metric);
    const t = props.text.interface;
    if (metric === 'paybackMonth') return v === null ? t.paybackNever : fillIn(t.paybackAt, { month: v });
    if (v === null) return t.noEnd;
    if (metric === 'customers' || metric === 'clients') return props.format.count(v);
    if (metric === 'profitDifference') return props.format.moneyChange(v);
    return props.format.money(v);
  };
  return (
    <dl class={props.class}>
      <For each={props.metrics}>
        {(metric) => (
          <div class="sim-metric" classList={{ negative: (value(metric) ?? 0) < 0 }}>
            <dt>{props.text.metrics[metric].label}</dt>
            <dd class="sim-figure" data-metric={metric} data-value={value(metric) === null ? '' : String(value(metric))}>
              {shown(metric)}
            </dd>
            <Show when={props.text.metrics[metric].help}>
              <dd class="sim-metric-help">{props.text.metrics[metric].help}</dd>
            </Show>
          </div>
        )}
      </For>
    </dl>
  );
}
