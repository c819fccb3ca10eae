import { Match, Show, Switch, createEffect, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { classifyBusiness, type ChosenAnswer, type Outcome } from '../../../lib/classify-business.ts';
import { fillIn } from '../../../lib/fill-in.ts';
import { LAST_RESULT_KEY, readLastResult, storeLastResult } from '../../../lib/last-result.ts';
import type { QuizModel } from '../../../lib/quiz-model.ts';
import { pageQuery } from '../../../lib/query-params.ts';
import { replaceAddress } from '../../../browser/address.ts';
import { safeStorage } from '../../../browser/safe-storage.ts';
import {
  NOT_SURE,
  encodeAnswers,
  firstUnanswered,
  quizParams,
  readQuizLink,
  type Pick,
  type Picks,
  type QuizView,
} from '../../../lib/quiz-url-state.ts';
import QuizQuestion from './QuizQuestion.tsx';
import { quizStrings } from '../../../strings/quiz.ts';

interface Props {
  quiz: QuizModel;
}

type QuizResultView = typeof import('./QuizResult.tsx').default;
// The result (its advice, breakdown and small map) is nearly half the quiz's code and no one needs
// it before answering: it loads on the first answer, while the reader works through the rest.
const [QuizResult, setQuizResult] = createSignal<QuizResultView>();
let loading: Promise<QuizResultView> | undefined;
const importResult = () =>
  (loading ??= import('./QuizResult.tsx').then(
    (module) => (setQuizResult(() => module.default), module.default),
    (error) => {
      loading = undefined;
      throw error;
    },
  ));
/** Fetched ahead of need; should that fail, asking for the result says so. */
const prefetchResult = () => void importResult().catch(() => {});

/**
 * The classify-your-business quiz: one question at a time, then the verdict. The state lives in
 * the address bar (see quiz-url-state.ts), so every step can be shared or reloaded; the server
 * renders the first question, and the address is read only once the island is running.
 */
export default function ClassifyQuiz(props: Props) {
  const quiz = props.quiz;
  const ui = quizStrings;
  const counts = quiz.questions.map((q) => q.answers.length);
  const id = createUniqueId();
  const headingId = `quiz-heading-${id}`;

  const [picks, setPicks] = createSignal<Picks>(counts.map(() => null));
  const [view, setView] = createSignal<QuizView>({ kind: 'question', index: 0 });
  const [missing, setMissing] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  /** The last result kept on this device, its outcome worked out afresh from its answers. */
  const [offer, setOffer] = createSignal<{ picks: Picks; outcome: Outcome } | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const [mounted, setMounted] = createSignal(false);
  // Set once there is a result to go back to: a question shown after it is an answer being changed.
  const [hadResult, setHadResult] = createSignal(false);

  // "Not sure" counts for nothing, as an unanswered question does.
  const chosenFrom = (set: Picks) =>
    set.map((p, i): ChosenAnswer | null =>
      p === null || p === NOT_SURE ? null : { dimension: quiz.questions[i].id, ...quiz.questions[i].answers[p] },
    );
  const result = createMemo(() => classifyBusiness(chosenFrom(picks()), quiz.axes));
  const complete = () => firstUnanswered(picks()) === -1;
  const outcome = () => (complete() ? result().outcome : null);
  /** The result's code, or a word on why it is missing; a browser keeps a failed module failed until the page reloads. */
  const loadResult = () =>
    importResult().then(
      () => true,
      () => (setNotice(ui.resultUnavailable), false),
    );

  onMount(() => {
    const link = readQuizLink(window.location.search, counts);
    setPicks(link.picks);
    setView(link.view);
    if (link.view.kind === 'result') void loadResult();
    setHadResult(firstUnanswered(link.picks) === -1);
    if (link.damaged) setNotice(ui.damagedLink);
    else if (link.picks.every((p) => p === null)) {
      const last = readLastResult(safeStorage.get(LAST_RESULT_KEY), counts);
      const lastOutcome = last && classifyBusiness(chosenFrom(last.picks), quiz.axes).outcome;
      // Answered "Not sure" throughout: there is no result to offer.
      if (last && lastOutcome) {
        setOffer({ picks: last.picks, outcome: lastOutcome });
        prefetchResult();
      }
    }
    setMounted(true);
  });

  // Keep the address bar and the saved result in step with what is on screen.
  createEffect(() => {
    if (!mounted()) return;
    replaceAddress(pageQuery(window.location.search, quizParams(picks(), view())));
    const o = outcome();
    if (view().kind === 'result' && o) {
      // Storage full or forbidden: the result is still in the address bar.
      safeStorage.set(LAST_RESULT_KEY, storeLastResult(encodeAnswers(picks())));
    }
  });

  /** Shows a step and puts focus on its heading, so screen readers read the new question or the result. */
  function showStep(next: QuizView) {
    setMissing(false);
    setView(next);
    if (next.kind === 'result') setHadResult(true);
    if (next.kind === 'result' && outcome()) setAnnouncement(fillIn(ui.announceResult, { name: quiz.outcomes[outcome()!].name }));
    const focusHeading = () => document.getElementById(headingId)?.focus();
    // The result's heading is in the page only once its code has come.
    if (next.kind === 'result') void loadResult().then((loaded) => loaded && focusHeading());
    else focusHeading();
  }

  function choose(index: number, answer: Pick) {
    prefetchResult();
    setPicks((current) => current.map((p, i) => (i === index ? answer : p)));
    setMissing(false);
    setOffer(null);
  }

  function next(index: number) {
    if (picks()[index] === null) {
      setMissing(true);
      return;
    }
    setNotice('');
    if (index < quiz.questions.length - 1) return showStep({ kind: 'question', index: index + 1 });
    const open = firstUnanswered(picks());
    if (open === -1) return showResult();
    showStep({ kind: 'question', index: open });
  }

  /** The result, or, where every answer was "Not sure", a word on why there is none, back at the start. */
  function showResult() {
    if (outcome()) return showStep({ kind: 'result' });
    setNotice(ui.noVerdict);
    showStep({ kind: 'question', index: 0 });
  }

  function retake() {
    setPicks(counts.map(() => null));
    setNotice('');
    setHadResult(false);
    showStep({ kind: 'question', index: 0 });
  }

  function showLast(last: { picks: Picks }) {
    setPicks(last.picks);
    setOffer(null);
    showStep({ kind: 'result' });
  }

  /** The offer goes away with the button in use, so focus moves on to the question. */
  function dismissLast() {
    setOffer(null);
    document.getElementById(headingId)?.focus();
  }

  const shareUrl = (o: Outcome) => {
    const page = new URL(quiz.outcomes[o].page, window.location.href);
    page.search = pageQuery('', { a: encodeAnswers(picks()) });
    return page.href;
  };

  return (
    <div class="quiz" data-ready={mounted() ? '' : undefined}>
      <p class="sr-only" role="status">
        {announcement()}
      </p>
      <Show when={notice()}>
        <p class="quiz-notice" role="status">
          {notice()}
        </p>
      </Show>
      <Show when={offer()}>
        {(last) => (
          <div class="quiz-offer">
            <p>{fillIn(ui.welcomeBack, { name: quiz.outcomes[last().outcome].name })}</p>
            <p class="quiz-nav">
              <button type="button" class="quiz-button quiz-button-primary" onClick={() => showLast(last())}>
                {ui.showLast}
              </button>
              <button type="button" class="quiz-button" onClick={dismissLast}>
                {ui.dismissLast}
              </button>
            </p>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={view().kind === 'result' && QuizResult() && outcome()}>
          {(o) => {
            const Result = QuizResult()!;
            return (
              <Result
                quiz={quiz}
                result={{ ...result(), outcome: o(), region: result().region! }}
                picks={picks()}
                shareUrl={shareUrl(o())}
                headingId={headingId}
                onChange={(index) => showStep({ kind: 'question', index })}
                onRetake={retake}
              />
            );
          }}
        </Match>
        <Match when={view().kind === 'question' || !QuizResult() || !outcome()}>
          {(() => {
            // A result view without a full set of answers cannot happen from the UI; fall back to the first open question.
            const index = () => {
              const v = view();
              return v.kind === 'question' ? v.index : Math.max(0, firstUnanswered(picks()));
            };
            return (
              <QuizQuestion
                quiz={quiz}
                index={index()}
                pick={picks()[index()]}
                changing={complete() && hadResult()}
                missing={missing()}
                headingId={headingId}
                onChoose={(answer) => choose(index(), answer)}
                onNext={() => next(index())}
                onBack={() => showStep({ kind: 'question', index: Math.max(0, index() - 1) })}
                onResult={showResult}
              />
            );
          })()}
        </Match>
      </Switch>
    </div>
  );
}
