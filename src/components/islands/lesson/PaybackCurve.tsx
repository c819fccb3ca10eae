import { createSignal } from 'solid-js';
import { curveDrawing, paybackCurve, simulatorQuery, type PaybackField, type PaybackSettings } from '../../../lib/payback-curve.ts';
import type { Conversion } from '../../../lib/economics.ts';
import type { figureStrings } from '../../../strings/figures.ts';

/** One slider: which setting it moves, its label and its range (PAYBACK_RANGES). */
export interface PaybackSlider {
  field: PaybackField;
  label: string;
  min: number;
  max: number;
  step: number;
}

interface Props {
  start: PaybackSettings;
  sliders: PaybackSlider[];
  /** The worked example's customer and client, for the link to the simulator; see simulatorQuery. */
  conversion: Conversion;
  months: number;
  text: { readonly [K in keyof (typeof figureStrings)['paybackCurve']]: string };
  locale: string;
  /** How sums of money are written, as Intl.NumberFormat options. */
  money: Intl.NumberFormatOptions;
  simulatorHref: string;
}

/**
 * The payback curve: the extra profit one converted customer has brought so far, month by month,
 * as the reader changes the cost to win them and their extra margin. The plot area is 292 × 122 inside
 * an 8-unit margin, written into the SVG as plain numbers. What the lines are is said in words
 * beside the figure, by the page, so that text costs the script nothing.
 */
export default function PaybackCurve(props: Props) {
  const t = props.text;
  // Plain names, not property reads, are text the compiler writes once instead of watching.
  const { chart, simulator } = t;
  const [settings, setSettings] = createSignal(props.start);

  const money = new Intl.NumberFormat(props.locale, props.money).format;
  const shown = (field: PaybackField) => money(settings()[field]);
  // Plain functions, not memos: 24 months cost nothing to work out again, and a memo costs bytes.
  const curve = () => paybackCurve(settings(), props.months);
  const drawing = () => curveDrawing(curve(), 292, 122);

  return (
    <div class="figure-body payback-curve">
      {/* Disabled in the page as served; the island enables it once it can answer the sliders. */}
      <fieldset class="figure-controls" disabled ref={(el) => (el.disabled = false)}>
        {props.sliders.map(({ field, label, min, max, step }) => {
          // Plain names, not property reads, so the compiler sets these once instead of watching them.
          return (
            // The value is read out through aria-valuetext; shown again beside the label for the eye, in a
            // span: an <output> here would take the label from the slider.
            <label class="figure-slider">
              <span>{label}</span>
              <span class="figure-value" aria-hidden="true">
                {shown(field)}
              </span>
              <input
                type="range"
                min={min}
                max={max}
                step={step}
                value={settings()[field]}
                aria-valuetext={shown(field)}
                // A range input only ever gives a value inside its own min, max and step.
                onInput={(e) => setSettings((s) => ({ ...s, [field]: Number(e.currentTarget.value) }))}
              />
            </label>
          );
        })}
      </fieldset>
      <p class="figure-summary" role="status">
        {(curve().paybackMonth ? t.paysOff : t.never)
          .replace('{month}', `${curve().paybackMonth}`)
          .replace('{final}', money(curve().extra[props.months]))}
      </p>
      <svg viewBox="-8 -8 308 138" role="img" aria-label={chart} class="payback-chart">
        <line class="payback-month" y2="122" transform={`translate(${drawing().paybackX ?? -99})`} />
        <g transform={`translate(0 ${drawing().zeroY})`}>
          <line class="payback-zero" x2="292" />
          <path class="payback-line" d={drawing().path} transform={drawing().scale} />
        </g>
      </svg>
      <p>
        {/* A copy of the course without the simulator (the SCORM package) passes no address: the words stay, unlinked. */}
        <a href={props.simulatorHref ? `${props.simulatorHref}?${simulatorQuery(settings(), props.conversion)}` : undefined}>{simulator}</a>
      </p>
    </div>
  );
}
