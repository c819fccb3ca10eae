import { For, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { PAYBACK_RANGES, curveLayout, paybackCurve, simulatorQuery, type PaybackField, type PaybackSettings } from '../../../lib/payback-curve.ts';
import type { figureStrings } from '../../../strings/figures.ts';

interface Props {
  start: PaybackSettings;
  /** What the simulator link needs to give the client the same extra margin there. */
  link: { serviceCost: number; customerMargin: number };
  months: number;
  text: (typeof figureStrings)['paybackCurve'];
  locale: string;
  currency: string;
  simulatorHref: string;
}

// The chart's box; the same numbers are written into the SVG below, where they cost no script.
const [W, H, PAD] = [320, 150, 14];
const FIELDS: PaybackField[] = ['onboardingCost', 'extraMargin', 'clientChurn'];
// src/lib/svg-paths.ts draws the same line, but sharing it would split it out of the simulator's script.
const line = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}`;
// Each figure fills its own few placeholders: a shared helper would be one more file to fetch.
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (s, k) => String(values[k] ?? s));

/**
 * The payback curve: the extra profit one converted customer has brought so far, month by month,
 * as the reader changes onboarding cost, extra margin and client churn.
 */
export default function PaybackCurve(props: Props) {
  const id = createUniqueId();
  const t = props.text;
  const [ready, setReady] = createSignal(false);
  const [settings, setSettings] = createSignal(props.start);
  onMount(() => setReady(true));

  const money = new Intl.NumberFormat(props.locale, { style: 'currency', currency: props.currency, maximumFractionDigits: 0 }).format;
  const shown = (field: PaybackField) => (field === 'clientChurn' ? `${Math.round(settings()[field] * 100)}%` : money(settings()[field]));
  const curve = createMemo(() => paybackCurve(settings(), props.months));
  const layout = createMemo(() => curveLayout(curve().extra, W, H, PAD));
  const month = () => curve().paybackMonth;
  const values = () => ({ month: month() ?? '', months: props.months, final: money(Math.abs(curve().extra[props.months])) });

  return (
    <div class="figure-body payback-curve">
      <div class="figure-controls">
        <For each={FIELDS}>
          {(field) => {
            // Plain names, not property reads, so the compiler sets these once instead of watching them.
            const { min, max, step } = PAYBACK_RANGES[field];
            return (
            <div class="figure-slider">
              <label for={id + field}>{t[field]}</label>
              <input
                id={id + field}
                type="range"
                min={min}
                max={max}
                step={step}
                value={settings()[field]}
                disabled={!ready()}
                aria-valuetext={shown(field)}
                // A range input only ever gives a value inside its own min, max and step.
                onInput={(e) => setSettings((s) => ({ ...s, [field]: Number(e.currentTarget.value) }))}
              />
              <output for={id + field}>{shown(field)}</output>
            </div>
            );
          }}
        </For>
      </div>
      <div class="figure-result">
        <p class="figure-summary" role="status">{fill(month() ? t.paysOff : t.never, values())}</p>
        <svg viewBox="0 0 320 150" role="img" aria-label={t.chart} class="payback-chart">
          <line class="payback-zero" x1="14" x2="306" y1={layout().zeroY} y2={layout().zeroY} />
          <text class="payback-label" x="306" y={layout().zeroY - 4} text-anchor="end">{t.zero}</text>
          <g class="payback-month" transform={`translate(${layout().x(month() ?? 0)})`} visibility={month() ? 'visible' : 'hidden'}>
            <line x1="0" x2="0" y1="14" y2="136" />
            <text class="payback-label" x="4" y="22">{fill(t.month, values())}</text>
          </g>
          <path class="payback-line" d={line(layout().points)} />
          <text class="payback-label" x="14" y="148">{fill(t.month, { month: 0 })}</text>
          <text class="payback-label" x="306" y="148" text-anchor="end">{fill(t.month, { month: props.months })}</text>
        </svg>
        <p><a href={`${props.simulatorHref}?${simulatorQuery(settings(), props.link)}`}>{t.simulator}</a></p>
      </div>
    </div>
  );
}
