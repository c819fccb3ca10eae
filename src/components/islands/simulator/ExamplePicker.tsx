import { For, Show } from 'solid-js';
import type { PresetView, SimulatorText } from './types.ts';

interface Props {
  presets: PresetView[];
  active: PresetView | undefined;
  text: SimulatorText;
  onPick: (preset: PresetView) => void;
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
      <div class="sim-example-about" aria-live="polite">
        <Show when={props.active}>
          {(preset) => (
            <>
              <p>
                <strong>{preset().name}.</strong> {preset().description}
              </p>
              <p class="sim-example-meta">
                {t().basedOn}:{' '}
                <For each={preset().sources}>
                  {(source, i) => (
                    <>
                      {i() > 0 ? ', ' : ''}
                      <a href={source.href}>{source.name}</a>
                    </>
                  )}
                </For>
                <Show when={preset().lesson}>
                  {(lesson) => (
                    <>
                      {' · '}
                      <a href={lesson().href}>{lesson().label}</a>
                    </>
                  )}
                </Show>
              </p>
            </>
          )}
        </Show>
      </div>
      <p class="sim-illustrative">{props.text.illustrative}</p>
    </section>
  );
}
