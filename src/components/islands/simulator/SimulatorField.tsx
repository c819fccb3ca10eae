import { Show } from 'solid-js';
import { sliderRange, type InputName } from '../../../lib/conversion-inputs.ts';

interface Props {
  name: InputName;
  label: string;
  prefix: string;
  unit: string;
  help: string;
  sliderLabel: string;
  /** Slider position (see sliderPosition), and the value spoken for it. */
  position: number;
  valueText: string;
  /** What the number box shows: the typed text while editing, else the formatted value. */
  text: string;
  error: string | null;
  /** False until the island runs: the box is read-only, a display of the starting value. */
  live: boolean;
  onSlide: (position: number) => void;
  onType: (text: string) => void;
  onLeave: () => void;
}

/** One input: a slider for quick exploring and a box for an exact number, sharing one help line and error. */
export function SimulatorField(props: Props) {
  const id = `sim-${props.name}`;
  const range = sliderRange(props.name);
  const described = () => `${id}-help${props.error ? ` ${id}-error` : ''}`;
  return (
    <div class="sim-field" classList={{ 'has-error': !!props.error }}>
      <label class="sim-label" for={id}>
        {props.label}
      </label>
      <div class="sim-inputs">
        <input
          type="range"
          id={`${id}-slider`}
          min={range.min}
          max={range.max}
          step={range.step}
          value={props.position}
          aria-label={props.sliderLabel}
          aria-valuetext={props.valueText}
          aria-describedby={`${id}-help`}
          onInput={(e) => {
            props.onSlide(Number(e.currentTarget.value));
            // Where the value hit a limit the thumb must snap back, even if the position signal did not change.
            const position = String(props.position);
            if (e.currentTarget.value !== position) e.currentTarget.value = position;
          }}
        />
        <span class="sim-number">
          <span class="sim-prefix">{props.prefix}</span>
          <input
            type="text"
            id={id}
            name={props.name}
            inputmode="decimal"
            autocomplete="off"
            spellcheck={false}
            readOnly={!props.live}
            value={props.text}
            aria-invalid={props.error ? 'true' : undefined}
            aria-describedby={described()}
            onInput={(e) => props.onType(e.currentTarget.value)}
            onBlur={() => props.onLeave()}
          />
          <span class="sim-unit">{props.unit}</span>
        </span>
      </div>
      <p class="sim-help" id={`${id}-help`}>
        {props.help}
      </p>
      <p class="sim-error" id={`${id}-error`} aria-live="polite">
        <Show when={props.error}>{props.error}</Show>
      </p>
    </div>
  );
}
