import { createMemo } from 'solid-js';
import { profitChart } from '../../../lib/conversion-charts.ts';
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

/** Profit added up month by month, with the programme and without it. */
export function ProfitChart(props: Props) {
  const t = () => props.text.charts.profit;
  const summary = () =>
    fillIn(t().summary, {
      months: props.result.series.length,
      with: props.format.money(props.result.cumulativeProfit),
      without: props.format.money(props.result.baselineProfit),
    });
  return (
    <ChartFigure
      id="sim-profit-chart"
      title={t().title}
      summary={summary()}
      seeTable={props.text.interface.seeTable}
      onShowTable={props.onShowTable}
      legend={[
        { key: 'with', label: t().with },
        { key: 'without', label: t().without },
      ]}
    >
      {(size) => {
        const chart = createMemo(() => profitChart(props.result.series, props.result.baseline, size()));
        return (
          <>
            <ChartAxes frame={chart()} formatY={props.format.moneyShort} xLabel={props.text.table.month} />
            <path class="sim-line-without" d={chart().withoutLine} />
            <path class="sim-line-with" d={chart().withLine} />
          </>
        );
      }}
    </ChartFigure>
  );
}
