import { For, Show, type JSX } from 'solid-js';
import type { QuizModel } from '../../../lib/quiz-model.ts';
import type { Outcome } from '../../../lib/classify-business.ts';
import { quizStrings } from '../../../strings/quiz.ts';

interface Props {
  quiz: QuizModel;
  outcome: Outcome;
  /** h2 on an outcome's own page, h3 inside the quiz's result. */
  level: 2 | 3;
}

/** What to do next for an outcome: recommendations linked to lessons, and the simulator scenario that fits. */
export default function OutcomeAdvice(props: Props) {
  const o = () => props.quiz.outcomes[props.outcome];
  // Two fixed tags rather than <Dynamic>, whose element-building code every island page would download.
  const Heading = (p: { children: JSX.Element }) => (
    <Show when={props.level === 2} fallback={<h3>{p.children}</h3>}>
      <h2>{p.children}</h2>
    </Show>
  );
  return (
    <div class="quiz-advice">
      <section class="quiz-next-steps" data-next-steps>
        <Heading>{quizStrings.nextStepsTitle}</Heading>
        <ul class="quiz-recommendations">
          <For each={o().recommendations}>
            {(r) => (
              <li>
                {r.text} <a href={r.link.href}>{r.link.label}</a>
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="quiz-simulator">
        <Heading>{quizStrings.simulatorTitle}</Heading>
        <p>{o().simulator.text}</p>
        <p>
          <a class="quiz-button quiz-button-primary" href={o().simulator.href}>
            {o().simulator.label}
          </a>
        </p>
      </section>
    </div>
  );
}
