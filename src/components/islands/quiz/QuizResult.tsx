import { copyText } from '../../../browser/clipboard.ts';
import { For, Show, createSignal } from 'solid-js';
import type { Classification, Outcome } from '../../../lib/classify-business.ts';
import type { RegionId } from '../../../lib/the-test.ts';
import { fillIn } from '../../../lib/fill-in.ts';
import { ruleValues } from '../../../lib/classify-business.ts';
import type { QuizModel } from '../../../lib/quiz-model.ts';
import { NOT_SURE, type Picks } from '../../../lib/quiz-url-state.ts';
import OutcomeAdvice from './OutcomeAdvice.tsx';
import YouOnTheMap from '../map/YouOnTheMap.tsx';
import { quizStrings } from '../../../strings/quiz.ts';

interface Props {
  quiz: QuizModel;
  result: Classification & { outcome: Outcome; region: RegionId };
  picks: Picks;
  /** Full address of the outcome's own page with the answers attached. */
  shareUrl: string;
  headingId: string;
  onChange: (question: number) => void;
  onRetake: () => void;
}

/**
 * The verdict and what to do next first; then why, each dimension's answer and lean (folded
 * away), and a link to keep. Each part is one block here, in reading order.
 */
export default function QuizResult(props: Props) {
  const ui = quizStrings;
  const outcome = () => props.quiz.outcomes[props.result.outcome];
  const percents = () => {
    const client = Math.round(props.result.clientShare * 100);
    return { clientPercent: client, customerPercent: 100 - client };
  };
  const why = () =>
    fillIn(props.quiz.rules[props.result.onTheLine ? 'on-the-line' : props.result.region], {
      ...ruleValues,
      tailoring: props.result.position.tailoring,
      relationship: props.result.position.relationship,
    });
  const [copy, setCopy] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let shareInput: HTMLInputElement | undefined;

  async function copyLink() {
    if (await copyText(props.shareUrl)) return setCopy('copied');
    // Clipboard refused (permissions, insecure origin): select the link so it can be copied by hand.
    setCopy('failed');
    shareInput?.select();
  }

  return (
    <section class="quiz-result" data-outcome={props.result.outcome} aria-labelledby={props.headingId}>
      <p class="eyebrow">{ui.resultEyebrow}</p>
      <h2 id={props.headingId} tabIndex={-1}>
        {outcome().headline}
      </h2>
      <p class="lede">{outcome().summary}</p>

      <OutcomeAdvice quiz={props.quiz} outcome={props.result.outcome} level={3} />

      <section class="quiz-why">
        <h3>{ui.whyTitle}</h3>
        <p>{why()}</p>
        <div class="quiz-meter" role="img" aria-label={fillIn(ui.meter, percents())}>
          <span class="quiz-meter-client" style={{ width: `${percents().clientPercent}%` }} />
          <span class="quiz-meter-customer" style={{ width: `${percents().customerPercent}%` }} />
        </div>
        <p class="quiz-meter-legend" aria-hidden="true">
          <span>
            {ui.meterClient} {percents().clientPercent}%
          </span>
          <span>
            {ui.meterCustomer} {percents().customerPercent}%
          </span>
        </p>
        <p>
          <a href="#how-we-score">{props.quiz.howWeScore.title}</a>
        </p>
      </section>

      <YouOnTheMap map={props.quiz.map} questions={props.quiz.questions} picks={props.picks} />

      <details class="quiz-breakdown">
        <summary>
          <h3>{ui.breakdownTitle}</h3>
        </summary>
        <ol>
          <For each={props.quiz.questions}>
            {(question, i) => {
              const pick = () => props.picks[i()];
              const answer = () => {
                const p = pick();
                return p === null || p === undefined || p === NOT_SURE ? undefined : question.answers[p];
              };
              const said = () => answer()?.text ?? (pick() === NOT_SURE ? ui.notSureAnswer : ui.notAnswered);
              return (
                <li class="quiz-dimension" data-lean={answer()?.lean ?? 'none'}>
                  <div class="quiz-dimension-head">
                    <h4>{question.dimension}</h4>
                    <Show when={answer()}>{(a) => <span class={`lean lean-${a().lean}`}>{props.quiz.leans[a().lean]}</span>}</Show>
                  </div>
                  <p>
                    <span class="meta">{ui.yourAnswer}</span> {said()}
                  </p>
                  <p class="quiz-why-text">{question.why}</p>
                  <LinkList label={ui.readMore} links={question.lessons} />
                  <LinkList label={ui.compareRows} links={question.compare} />
                  <button type="button" class="quiz-button quiz-button-small" onClick={() => props.onChange(i())}>
                    {ui.change}
                    <span class="sr-only">: {question.dimension}</span>
                  </button>
                </li>
              );
            }}
          </For>
        </ol>
      </details>

      <section class="quiz-share">
        <h3>{ui.shareTitle}</h3>
        <p id={`${props.headingId}-share`}>{ui.shareText}</p>
        <div class="quiz-share-row">
          <input
            ref={shareInput}
            type="text"
            readOnly
            value={props.shareUrl}
            aria-labelledby={`${props.headingId}-share`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="quiz-button" onClick={copyLink}>
            {ui.copy}
          </button>
        </div>
        <p class="quiz-copy-status" role="status">
          {copy() === 'copied' ? ui.copied : copy() === 'failed' ? ui.copyFailed : ''}
        </p>
        <p>
          <a href={props.shareUrl}>{ui.openResultPage}</a>
        </p>
      </section>

      <p class="quiz-nav">
        <button type="button" class="quiz-button" onClick={() => props.onRetake()}>
          {ui.retake}
        </button>
      </p>
    </section>
  );
}

/** A labelled, dot-separated line of links, e.g. the lessons or table rows behind a dimension. */
function LinkList(props: { label: string; links: readonly { href: string; label: string }[] }) {
  return (
    <p class="quiz-links">
      <span class="meta">{props.label}</span>{' '}
      <For each={props.links}>
        {(link, j) => (
          <>
            {j() > 0 && ' · '}
            <a href={link.href}>{link.label}</a>
          </>
        )}
      </For>
    </p>
  );
}
