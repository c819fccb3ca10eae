import { CHECK_ROUND_EVENT, type CheckRound } from '../../../lib/check-round.ts';
import { For, Match, Show, Switch, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { fillIn } from '../../../lib/fill-in.ts';
import { checkParams, listSeparator, verdictGroups, readCheckLink, roundCount, roundOf } from '../../../lib/knowledge-check.ts';
import {
  VERDICTS,
  acceptedAnswers,
  articlesBacking,
  isAccepted,
  judge,
  tally,
  type ArticleVerdict,
  type Verdict,
} from '../../../lib/grade-business.ts';
import { newSeed } from '../../../lib/seeded-random.ts';
import { pageQuery } from '../../../lib/query-params.ts';
import { replaceAddress, shareableAddress } from '../../../browser/address.ts';
import { keepInView } from '../../../browser/keep-in-view.ts';
import type { KnowledgeCheckText } from '../../../schemas/quiz.ts';
import { checkStrings } from '../../../strings/knowledge-check.ts';

/** An example business as the check shows it, links already resolved. */
export interface CheckExample {
  id: string;
  name: string;
  answer: Verdict;
  reason: string;
  disagreement?: string;
  lesson: { href: string; title: string };
  verdicts: { source: string; href: string; says: ArticleVerdict }[];
}

interface Props {
  examples: CheckExample[];
  text: Pick<KnowledgeCheckText, 'answers'>;
  examplesHref: string;
}

type Phase = 'intro' | 'asking' | 'summary';

/**
 * The knowledge check: rounds of example businesses, shuffled by a seed kept in the address
 * bar so a trainer can give a whole room the same round. The server renders the start screen;
 * the seed is read (or made) once the island runs.
 */
export default function KnowledgeCheck(props: Props) {
  const ui = checkStrings;
  const id = createUniqueId();
  const headingId = `check-heading-${id}`;
  const feedbackId = `check-feedback-${id}`;
  const rounds = roundCount(props.examples.length);

  const [seed, setSeed] = createSignal<number | null>(null);
  const [round, setRound] = createSignal(1);
  const [retry, setRetry] = createSignal<CheckExample[] | null>(null);
  const [phase, setPhase] = createSignal<Phase>('intro');
  const [index, setIndex] = createSignal(0);
  const [responses, setResponses] = createSignal<Record<string, Verdict>>({});
  const [notice, setNotice] = createSignal('');

  const items = createMemo(() => retry() ?? (seed() === null ? [] : roundOf(props.examples, seed()!, round())));
  const current = () => items()[index()];
  const response = () => (current() ? responses()[current()!.id] : undefined);
  const score = createMemo(() => tally(items(), responses(), acceptedAnswers));
  const shareUrl = () => {
    if (seed() === null) return '';
    // A shared round carries only the round itself, not this reader's other settings.
    const url = new URL(shareableAddress());
    url.search = pageQuery('', checkParams(seed()!, round()));
    url.hash = '';
    return url.href;
  };
  const verdictWord = (says: ArticleVerdict) => ({ client: ui.verdictClient, customer: ui.verdictCustomer, both: ui.verdictBoth })[says];
  /** "Clients or It depends": the accepted answers as words. */
  const acceptedWords = (item: CheckExample) =>
    acceptedAnswers(item)
      .map((a) => props.text.answers[a])
      .join(` ${ui.or} `);
  /** The articles that give a verdict matching a choice, by name: "LiveChat and BoldDesk". */
  const backing = (item: CheckExample, choice: Verdict) => {
    const names = articlesBacking(item, choice).map((v) => v.source);
    return names.map((n, i) => listSeparator(i, names.length, ui.and) + n).join('');
  };

  onMount(() => {
    const link = readCheckLink(window.location.search, props.examples.length);
    setSeed(link.seed);
    setRound(link.round);
    if (link.damaged) setNotice(ui.damagedLink);
    syncAddress();
  });

  function syncAddress() {
    if (seed() === null) return;
    replaceAddress(pageQuery(window.location.search, checkParams(seed()!, round())));
  }

  function focus(elementId: string) {
    document.getElementById(elementId)?.focus();
  }

  function begin(list: CheckExample[] | null) {
    setRetry(list);
    setResponses({});
    setIndex(0);
    setPhase('asking');
    syncAddress();
    focus(headingId);
  }

  function answer(choice: Verdict) {
    const item = current();
    if (!item || response()) return;
    setResponses((r) => ({ ...r, [item.id]: choice }));
    // The verdict, its reason and Next come on screen together; focus follows without a jump.
    document.getElementById(feedbackId)?.focus({ preventScroll: true });
    keepInView(document.getElementById(`${feedbackId}-lead`));
  }

  function next() {
    setNotice('');
    if (index() < items().length - 1) {
      setIndex(index() + 1);
      focus(headingId);
    } else {
      setPhase('summary');
      focus(headingId);
      // A full round's score is what a learning system records (the SCORM package listens); a retry of the missed ones is practice.
      if (!retry())
        document.dispatchEvent(new CustomEvent<CheckRound>(CHECK_ROUND_EVENT, { detail: { right: score().right, total: score().total } }));
    }
  }

  function nextRound() {
    setRound(round() >= rounds ? 1 : round() + 1);
    begin(null);
  }

  function newRound() {
    setSeed(newSeed());
    setRound(1);
    begin(null);
  }

  return (
    <div class="check" data-ready={seed() === null ? undefined : ''}>
      <Show when={notice()}>
        <p class="quiz-notice" role="status">
          {notice()}
        </p>
      </Show>
      <Switch>
        <Match when={phase() === 'intro'}>
          <section class="check-intro" aria-labelledby={headingId}>
            <h2 id={headingId} tabIndex={-1}>
              {fillIn(ui.round, { round: round(), rounds })}
            </h2>
            <p>
              <button type="button" class="quiz-button quiz-button-primary" disabled={seed() === null} onClick={() => begin(null)}>
                {ui.start}
              </button>
            </p>
            <Show when={seed() !== null}>
              <p>
                <label for={`${headingId}-share`}>{ui.shareRound}</label>
                <input
                  id={`${headingId}-share`}
                  class="check-share"
                  type="text"
                  readOnly
                  value={shareUrl()}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </p>
            </Show>
          </section>
        </Match>

        <Match when={phase() === 'asking' && current()}>
          {(item) => (
            <section class="check-item" aria-labelledby={headingId}>
              <h2 id={headingId} tabIndex={-1}>
                <span class="quiz-progress-text">
                  {retry() ? fillIn(ui.retryRound, { total: items().length }) + ' · ' : ''}
                  {fillIn(ui.progress, { n: index() + 1, total: items().length })}
                </span>
                <span class="check-name">{item().name}</span>
              </h2>
              <p id={`${headingId}-prompt`}>{ui.prompt}</p>
              <div class="check-answers" role="group" aria-labelledby={`${headingId} ${headingId}-prompt`}>
                <For each={VERDICTS}>
                  {(choice) => (
                    <button
                      type="button"
                      class="quiz-button check-answer"
                      data-answer={choice}
                      data-accepted={response() ? String(isAccepted(item(), choice)) : undefined}
                      aria-pressed={response() === choice}
                      disabled={Boolean(response())}
                      onClick={() => answer(choice)}
                    >
                      {props.text.answers[choice]}
                      {/* After a choice: which answers count, and which was chosen, in words and a sign, not colour alone. */}
                      <Show when={response()}>
                        <span class="check-marks">
                          <Show when={isAccepted(item(), choice)}>
                            <span class="check-mark">
                              <span aria-hidden="true">✓ </span>
                              {ui.markAccepted}
                            </span>
                          </Show>
                          <Show when={response() === choice}>
                            <span class="check-mark">
                              <Show when={!isAccepted(item(), choice)}>
                                <span aria-hidden="true">✗ </span>
                              </Show>
                              {ui.markChosen}
                            </span>
                          </Show>
                        </span>
                      </Show>
                    </button>
                  )}
                </For>
              </div>
              <Show when={response()}>
                {(choice) => {
                  const right = () => isAccepted(item(), choice());
                  const judgement = () => judge(item(), choice());
                  return (
                    <div class="check-feedback" data-correct={right() ? 'true' : 'false'}>
                      {/* The answer and why first, then the way on; where the articles stand comes after. */}
                      <div id={`${feedbackId}-lead`} class="check-feedback-lead">
                        <h3 id={feedbackId} tabIndex={-1}>
                          <span class="check-sign" aria-hidden="true">
                            {right() ? '✓' : '✗'}
                          </span>{' '}
                          {right() ? ui.right : ui.wrong}
                        </h3>
                        <p>
                          <strong>
                            {acceptedAnswers(item()).length > 1
                              ? fillIn(ui.acceptedAre, { answers: acceptedWords(item()) })
                              : fillIn(ui.answerIs, { answer: props.text.answers[item().answer] })}
                          </strong>{' '}
                          {fillIn(ui.youSaid, { answer: props.text.answers[choice()] })}
                        </p>
                        <p>{item().reason}</p>
                        <Show
                          when={judgement() === 'depends' || (judgement() === 'taught' && choice() === 'depends' && item().disagreement)}
                        >
                          <p>{ui.dependsCounts}</p>
                        </Show>
                        <Show when={judgement() === 'one-source'}>
                          <p>{fillIn(ui.oneSourceCounts, { sources: backing(item(), choice()) })}</p>
                        </Show>
                        <p class="quiz-nav">
                          <button type="button" class="quiz-button quiz-button-primary" onClick={next}>
                            {index() < items().length - 1 ? ui.next : ui.seeScore}
                            <span aria-hidden="true"> →</span>
                          </button>
                        </p>
                      </div>
                      <div class="check-feedback-sources">
                        <Show when={item().disagreement}>
                          <p class="disagreement">
                            <strong>{ui.sourcesDiffer}</strong> {item().disagreement}
                          </p>
                        </Show>
                        {/* One sentence, as a person would say it: "BoldDesk and LiveChat say it has clients; Shopify says it has customers." */}
                        <p class="check-sources">
                          <For each={verdictGroups(item().verdicts)}>
                            {(group, g) => (
                              <>
                                {g() > 0 && '; '}
                                <For each={group.sources}>
                                  {(v, i) => (
                                    <>
                                      {listSeparator(i(), group.sources.length, ui.and)}
                                      <a href={v.href}>{v.source}</a>
                                    </>
                                  )}
                                </For>{' '}
                                {fillIn(group.sources.length > 1 ? ui.saysMany : ui.saysOne, { verdict: verdictWord(group.says) })}
                              </>
                            )}
                          </For>
                          .
                        </p>
                        <p>
                          <span class="meta">{ui.readLesson}</span> <a href={item().lesson.href}>{item().lesson.title}</a>
                        </p>
                      </div>
                    </div>
                  );
                }}
              </Show>
            </section>
          )}
        </Match>

        <Match when={phase() === 'summary'}>
          <section class="check-summary" aria-labelledby={headingId}>
            <h2 id={headingId} tabIndex={-1}>
              {ui.scoreTitle}
            </h2>
            <p class="check-score">{fillIn(ui.score, { right: score().right, total: score().total })}</p>
            <Show when={score().missed.length === 0}>
              <p>{ui.allRight}</p>
            </Show>
            <p class="quiz-nav">
              <Show when={score().missed.length > 0}>
                <button type="button" class="quiz-button quiz-button-primary" onClick={() => begin(score().missed)}>
                  {ui.retryMissed}
                </button>
              </Show>
              <button type="button" class="quiz-button" onClick={nextRound}>
                {ui.nextRound}
              </button>
              <button type="button" class="quiz-button" onClick={newRound}>
                {ui.newRound}
              </button>
            </p>
            <h3>{ui.reviewTitle}</h3>
            <ol class="check-review">
              <For each={items()}>
                {(item) => {
                  const given = () => responses()[item.id];
                  const right = () => Boolean(given()) && isAccepted(item, given()!);
                  return (
                    <li data-correct={String(right())}>
                      <span class="check-sign" aria-hidden="true">
                        {right() ? '✓' : '✗'}
                      </span>
                      <div>
                        <strong>{item.name}</strong> <span class="check-verdict">{right() ? ui.right : ui.wrong}</span>
                        <br />
                        {fillIn(ui.reviewYours, { answer: given() ? props.text.answers[given()!] : '–' })}{' '}
                        {fillIn(ui.reviewAccepted, { answers: acceptedWords(item) })}
                        <Show when={!right()}>
                          <br />
                          <span class="meta">{ui.readLesson}</span> <a href={item.lesson.href}>{item.lesson.title}</a>
                        </Show>
                      </div>
                    </li>
                  );
                }}
              </For>
            </ol>
          </section>
        </Match>
      </Switch>
      <p class="check-examples-link">
        <a href={props.examplesHref}>{ui.examplesLink}</a>
      </p>
    </div>
  );
}
