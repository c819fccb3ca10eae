import { createMemo } from 'solid-js';
import { revenueChart } from '../../../lib/conversion-charts.ts';
import type { ConversionResult } from '../../../lib/simulate-conversion.ts';
import type { Formatters } from '../../../lib/simulator-format.ts';
import { fillIn } from '../../../lib/fill-in.ts';
import { ChartAxes } from './ChartAxes.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import type { SimulatorText } from './types.ts';

interface Props {
  result: ConversionResult;
  text: SimulatorText;
  format: Formatters;
  onShowTable: () => void;
}

/** Monthly revenue, split into what customers and clients bring in. */
export function RevenueChart(props: Props) {
  const t = () => props.text.charts.revenue;
  const summary = () => {
    const last = props.result.series[props.result.series.length - 1];
    return fillIn(t().summary, {
      months: props.result.series.length,
      customers: props.format.money(last?.customerRevenue ?? 0),
      clients: props.format.money(last?.clientRevenue ?? 0),
    });
  };
  return (
    <ChartFigure
      id="sim-revenue-chart"
      title={t().title}
      summary={summary()}
      seeTable={props.text.interface.seeTable}
      onShowTable={props.onShowTable}
      legend={[
        { key: 'customers', label: t().customers },
        { key: 'clients', label: t().clients },
      ]}
    >
      {(size) => {
        const chart = createMemo(() => revenueChart(props.result.series, size()));
        return (
          <>
            <ChartAxes frame={chart()} formatY={props.format.moneyShort} xLabel={props.text.table.month} />
            <path class="sim-area-customers" d={chart().customerArea} />
            <path class="sim-area-clients" d={chart().clientArea} />
          </>
        );
      }}
    </ChartFigure>
  );
}
