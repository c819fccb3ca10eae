import { createMemo, createSignal } from 'solid-js';
import { LIFETIME_FIELDS, LIFETIME_RANGES, barLayout } from '../../../lib/lifetime-value.ts';
import { lifetimeValue, type BuyerTerms } from '../../../lib/economics.ts';
import type { figureStrings } from '../../../strings/figures.ts';
import { fillIn } from '../../../lib/fill-in.ts';

type Buyer = 'client' | 'customer';

interface Props {
  start: Record<Buyer, BuyerTerms>;
  text: (typeof figureStrings)['lifetimeValue'];
  locale: string;
  /** How sums of money are written, as Intl.NumberFormat options. */
  money: Intl.NumberFormatOptions;
}

const BUYERS: Buyer[] = ['client', 'customer'];
// Each figure fills its own few placeholders: a shared helper would be one more file to fetch.

/** Lifetime value of a client beside a customer's, as two bars the reader changes. */
export default function LifetimeValue(props: Props) {
  const t = props.text;
  const [terms, setTerms] = createSignal(props.start);

  const money = new Intl.NumberFormat(props.locale, props.money).format;
  const values = createMemo(() => BUYERS.map((b) => lifetimeValue(terms()[b])));
  const bars = createMemo(() => barLayout(values()));
  const shown = (buyer: Buyer, field: keyof BuyerTerms) =>
    field === 'months' ? String(terms()[buyer][field]) : money(terms()[buyer][field]);
  const summary = () => {
    const [client, customer] = values();
    const ratio = client / customer;
    const words = { client: money(client), customer: money(customer), ratio: ratio.toFixed(ratio < 10 ? 1 : 0) };
    return fillIn(t.summary, words) + (client > 0 && customer > 0 ? ` ${fillIn(t.ratio, words)}` : '');
  };

  return (
    <div class="figure-body lifetime-value">
      {/* The answer first: on a phone the bars stay in view while the sliders below them move. */}
      <div class="figure-result">
        <p class="figure-summary" role="status">
          {summary()}
        </p>
        <div class="lifetime-bars" role="img" aria-label={t.bars}>
          {BUYERS.map((buyer, i) => (
            <div class={`lifetime-bar lifetime-${buyer}`}>
              <span>{t[buyer]}</span>
              <span class="lifetime-bar-track">
                <span
                  class="lifetime-bar-fill"
                  style={{ left: `${bars().bars[i].start * 100}%`, width: `${bars().bars[i].length * 100}%` }}
                />
              </span>
              <span class="lifetime-bar-value">{money(values()[i])}</span>
            </div>
          ))}
        </div>
      </div>
      {/* Disabled in the page as served; the island enables it once it can answer the sliders. */}
      <fieldset class="figure-controls lifetime-groups" disabled ref={(el) => (el.disabled = false)}>
        {BUYERS.map((buyer) => (
          <fieldset class={`lifetime-group lifetime-${buyer}`}>
            <legend>{t[buyer]}</legend>
            {LIFETIME_FIELDS.map((field) => {
              // Plain names, not property reads, so the compiler sets these once instead of watching them.
              const { min, max, step } = LIFETIME_RANGES[field];
              return (
                // The value is read out through aria-valuetext; shown again beside the label for the eye.
                <label class="figure-slider">
                  <span>{t[field]}</span>
                  <span class="figure-value" aria-hidden="true">
                    {shown(buyer, field)}
                  </span>
                  <input
                    type="range"
                    min={min}
                    max={max}
                    step={step}
                    value={terms()[buyer][field]}
                    aria-valuetext={shown(buyer, field)}
                    // A range input only ever gives a value inside its own min, max and step.
                    onInput={(e) => {
                      const value = Number(e.currentTarget.value);
                      setTerms((all) => ({ ...all, [buyer]: { ...all[buyer], [field]: value } }));
                    }}
                  />
                </label>
              );
            })}
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
