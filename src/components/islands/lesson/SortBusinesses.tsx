import { For, Show, createSignal, onMount } from 'solid-js';
import { SORT_CHOICES, isDisputed, judgeSort, sortScore, type ArticleVerdict, type SortChoice, type SortItem } from '../../../lib/sort-businesses.ts';
import type { figureStrings } from '../../../strings/figures.ts';

/** An example business as the figure shows it; `source` in each verdict is the article's name. */
export interface SortBusiness extends SortItem {
  name: string;
  reason: string;
  lessonHref: string;
}

// Each figure fills its own few placeholders: a shared helper would be one more file to fetch.
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (s, k) => String(values[k] ?? s));

interface Props {
  businesses: SortBusiness[];
  text: (typeof figureStrings)['sortBusinesses'];
}

/**
 * Sort the businesses: one card each, three answers, and after each answer what every article
 * says. Without its script the card shows a reveal with the same explanation instead.
 */
export default function SortBusinesses(props: Props) {
  const t = props.text;
  const [ready, setReady] = createSignal(false);
  const [choices, setChoices] = createSignal<Record<string, SortChoice | undefined>>({});
  onMount(() => setReady(true));

  const score = () => sortScore(props.businesses, choices());
  const says = (v: ArticleVerdict) => t.says[v];

  const explanation = (b: SortBusiness) => (
    <>
      <Show when={isDisputed(b)}>
        <p>{t.disputed} {b.disagreement}</p>
      </Show>
      <p>{fill(t.ourAnswer, { answer: t.choices[b.answer] })} {b.reason}</p>
      <ul class="sort-verdicts">
        <For each={b.verdicts}>{(v) => <li>{fill(t.articleSays, { source: v.source, says: says(v.says) })}</li>}</For>
      </ul>
      <p><a href={b.lessonHref}>{t.lesson}</a></p>
    </>
  );

  return (
    <div class="figure-body sort-businesses">
      <p class="figure-summary" role="status">
        {score().answered === 0 ? fill(t.start, { total: score().total }) : fill(t.score, score())}
      </p>
      <ul class="sort-cards">
        <For each={props.businesses}>
          {(b) => {
            const choice = () => choices()[b.id];
            const judgement = () => (choice() ? judgeSort(b, choice()!) : null);
            return (
              <li class="sort-card">
                <h3 class="sort-name">{b.name}</h3>
                <div class="sort-choices" role="group" aria-label={fill(t.choose, { name: b.name })}>
                  <For each={SORT_CHOICES}>
                    {(c) => (
                      <button type="button" disabled={!ready()} aria-pressed={choice() === c} onClick={() => setChoices((all) => ({ ...all, [b.id]: c }))}>
                        {t.choices[c]}
                      </button>
                    )}
                  </For>
                </div>
                <div class="sort-feedback" aria-live="polite" data-right={judgement() ? String(judgement()!.right) : undefined}>
                  <Show when={ready()} fallback={<details><summary>{t.reveal}</summary>{explanation(b)}</details>}>
                    <Show when={judgement()}>
                      {(j) => (
                        <>
                          <p class="sort-verdict"><strong>{j().right ? t.right : t.wrong}</strong></p>
                          {explanation(b)}
                        </>
                      )}
                    </Show>
                  </Show>
                </div>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={score().answered > 0}>
        <p><button type="button" class="sort-reset" onClick={() => setChoices({})}>{t.reset}</button></p>
      </Show>
    </div>
  );
}
