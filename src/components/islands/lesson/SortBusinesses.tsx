import { For, Show, createSignal, onMount } from 'solid-js';
import { VERDICTS, tally, type Verdict } from '../../../lib/grade-business.ts';
import type { figureStrings } from '../../../strings/figures.ts';
import { fillIn } from '../../../lib/fill-in.ts';

/**
 * An example business as the figure shows it. What counts as right and the explanation are
 * worked out when the page is built (explainBusiness, acceptedAnswers), so the script only marks.
 */
export interface SortBusiness {
  id: string;
  name: string;
  accepted: Verdict[];
  disputed: string | null;
  answer: string;
  verdicts: string[];
  lessonHref: string;
}

interface Props {
  businesses: SortBusiness[];
  text: (typeof figureStrings)['sortBusinesses'];
}

// Each figure fills its own few placeholders: a shared helper would be one more file to fetch.

/**
 * Sort the businesses: one card each, three answers, and after each answer what every article
 * says. Without its script each card offers a reveal with the same explanation instead.
 */
export default function SortBusinesses(props: Props) {
  const t = props.text;
  const [ready, setReady] = createSignal(false);
  const [choices, setChoices] = createSignal<Record<string, Verdict>>({});
  onMount(() => setReady(true));
  const score = () => tally(props.businesses, choices(), (b) => b.accepted);

  const explanation = (b: SortBusiness) => (
    <>
      {b.disputed && <p>{b.disputed}</p>}
      <p>{b.answer}</p>
      <ul class="sort-verdicts">
        <For each={b.verdicts}>{(line) => <li>{line}</li>}</For>
      </ul>
      <p>
        <a href={b.lessonHref}>{t.lesson}</a>
      </p>
    </>
  );

  return (
    <div class="figure-body sort-businesses">
      <p class="figure-summary" role="status">
        {fillIn(score().answered ? t.score : t.start, score())}
      </p>
      {/* A disabled fieldset disables every answer button in it until the island runs. */}
      <fieldset class="sort-set" disabled={!ready()}>
        <ul class="sort-cards">
          <For each={props.businesses}>
            {(b) => {
              const choice = () => choices()[b.id];
              return (
                <li class="sort-card">
                  {/* Not a heading: the businesses are items of one exercise, not sections of the lesson. */}
                  <p class="sort-name">{b.name}</p>
                  <div class="sort-choices" role="group" aria-label={fillIn(t.choose, { name: b.name })}>
                    <For each={VERDICTS}>
                      {(c) => (
                        <button type="button" aria-pressed={choice() === c} onClick={() => setChoices((all) => ({ ...all, [b.id]: c }))}>
                          {t.choices[c]}
                        </button>
                      )}
                    </For>
                  </div>
                  <div class="sort-feedback" aria-live="polite" data-right={choice() && String(b.accepted.includes(choice()!))}>
                    <Show
                      when={ready()}
                      fallback={
                        <details>
                          <summary>{t.reveal}</summary>
                          {explanation(b)}
                        </details>
                      }
                    >
                      <Show when={choice()}>
                        <p class="sort-verdict">
                          <strong>{b.accepted.includes(choice()!) ? t.right : t.wrong}</strong>
                        </p>
                        {explanation(b)}
                      </Show>
                    </Show>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </fieldset>
      <Show when={score().answered}>
        <p>
          <button type="button" class="sort-reset" onClick={() => setChoices({})}>
            {t.reset}
          </button>
        </p>
      </Show>
    </div>
  );
}
