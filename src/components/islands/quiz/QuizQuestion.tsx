import { For, Show } from 'solid-js';
import { fillIn } from '../../../lib/fill-in.ts';
import type { QuizModel } from '../../../lib/quiz-model.ts';
import { NOT_SURE, type Pick } from '../../../lib/quiz-url-state.ts';
import { keepInView } from '../../../browser/keep-in-view.ts';
import { quizStrings } from '../../../strings/quiz.ts';

interface Props {
  quiz: QuizModel;
  index: number;
  pick: Pick;
  /** The reader came from the result to change an answer: the way on is back to it. */
  changing: boolean;
  /** The reader pressed "next" without picking: say so. */
  missing: boolean;
  headingId: string;
  onChoose: (answer: Pick) => void;
  onNext: () => void;
  onBack: () => void;
  onResult: () => void;
}

/** One question as a native radio group: arrow keys choose, Tab reaches the buttons, Enter moves on. */
export default function QuizQuestion(props: Props) {
  const question = () => props.quiz.questions[props.index];
  const total = () => props.quiz.questions.length;
  const last = () => props.index === total() - 1;
  const ui = quizStrings;
  const hintId = () => `${props.headingId}-hint`;
  const errorId = () => `${props.headingId}-error`;
  let nav: HTMLDivElement | undefined;
  /** After a choice the way on is the Next button: bring it on screen with the answers. */
  const choose = (answer: Pick) => {
    props.onChoose(answer);
    keepInView(nav);
  };
  const describedBy = () => [question().hint ? hintId() : '', props.missing ? errorId() : ''].filter(Boolean).join(' ') || undefined;

  return (
    // A dialog form outside a dialog submits nowhere: a Next pressed before the island runs does
    // nothing (the reader presses again), rather than reloading the page with its answer as a query.
    <form
      class="quiz-step"
      method="dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (props.changing) props.onResult();
        else props.onNext();
      }}
    >
      <fieldset aria-describedby={describedBy()}>
        <legend>
          <h2 id={props.headingId} class="quiz-question" tabIndex={-1}>
            <span class="quiz-progress-text">{fillIn(ui.progress, { n: props.index + 1, total: total() })}</span>
            <span class="quiz-question-text">{question().question}</span>
          </h2>
        </legend>
        <div class="quiz-progress" aria-hidden="true">
          <span style={{ width: `${((props.index + (props.pick === null ? 0 : 1)) / total()) * 100}%` }} />
        </div>
        <Show when={question().hint}>
          <p id={hintId()} class="quiz-hint">
            {question().hint}
          </p>
        </Show>
        <div class="quiz-answers">
          <For each={question().answers}>
            {(answer, i) => (
              <label class="quiz-answer" data-lean={answer.lean}>
                <input type="radio" name={`quiz-${question().id}`} value={i()} checked={props.pick === i()} onChange={() => choose(i())} />
                <span>{answer.text}</span>
              </label>
            )}
          </For>
          {/* Counts for nothing, so a reader who cannot say is never pushed into a guess. */}
          <label class="quiz-answer quiz-answer-unsure">
            <input
              type="radio"
              name={`quiz-${question().id}`}
              value={NOT_SURE}
              checked={props.pick === NOT_SURE}
              onChange={() => choose(NOT_SURE)}
            />
            <span>{ui.notSure}</span>
          </label>
        </div>
        <Show when={props.missing}>
          <p id={errorId()} class="quiz-error" role="alert">
            {ui.pickFirst}
          </p>
        </Show>
      </fieldset>
      {/* Changing one answer from the result: one way on, straight back to it. */}
      <Show
        when={!props.changing}
        fallback={
          <div class="quiz-nav" ref={nav}>
            <button type="submit" class="quiz-button quiz-button-primary">
              <span aria-hidden="true">← </span>
              {ui.backToResult}
            </button>
          </div>
        }
      >
        <div class="quiz-nav" ref={nav}>
          <Show when={props.index > 0}>
            <button type="button" class="quiz-button" onClick={() => props.onBack()}>
              <span aria-hidden="true">← </span>
              {ui.back}
            </button>
          </Show>
          <button type="submit" class="quiz-button quiz-button-primary">
            {last() ? ui.seeResult : ui.next}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      </Show>
    </form>
  );
}
