import { For } from 'solid-js';
import type { PresetChoice, SimulatorText } from './types.ts';

interface Props {
  presets: PresetChoice[];
  active: PresetChoice | undefined;
  text: SimulatorText;
  onPick: (preset: PresetChoice) => void;
  onReset: () => void;
}

/** Example scenarios from the articles, one press each, with what the active one is about. */
export function ExamplePicker(props: Props) {
  const t = () => props.text.interface;
  return (
    <section class="sim-examples" aria-labelledby="sim-examples-title">
      <h2 id="sim-examples-title">{t().examples}</h2>
      <ul class="sim-example-list">
        <For each={props.presets}>
          {(preset) => (
            <li>
              <button type="button" aria-pressed={props.active?.id === preset.id ? 'true' : 'false'} onClick={() => props.onPick(preset)}>
                {preset.name}
              </button>
            </li>
          )}
        </For>
        <li>
          <button type="button" class="sim-reset" onClick={() => props.onReset()}>
            {t().reset}
          </button>
        </li>
      </ul>
      {/* The markup is made from content at build time and escaped there (see simulator-content.ts). */}
      {/* eslint-disable-next-line solid/no-innerhtml -- built from our own content, escaped at build */}
      <div class="sim-example-about" aria-live="polite" innerHTML={props.active?.about ?? ''} />
      <p class="sim-illustrative">{props.text.illustrative}</p>
    </section>
  );
}
