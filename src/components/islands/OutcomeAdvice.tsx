import { For } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { QuizModel } from '../../lib/quiz-model.ts';
import type { Outcome } from '../../lib/classify-business.ts';

interface Props {
  quiz: QuizModel;
  outcome: Outcome;
  /** h2 on an outcome's own page, h3 inside the quiz's result. */
  level: 2 | 3;
}

/** What to do next for an outcome: recommendations linked to lessons, and the simulator scenario that fits. */
export default function OutcomeAdvice(props: Props) {
  const o = () => props.quiz.outcomes[props.outcome];
  const heading = () => `h${props.level}`;
  return (
    <div class="quiz-advice">
      <section class="quiz-next-steps">
        <Dynamic component={heading()}>{props.quiz.ui.nextStepsTitle}</Dynamic>
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
        <Dynamic component={heading()}>{props.quiz.ui.simulatorTitle}</Dynamic>
        <p>{o().simulator.text}</p>
        <p>
          <a class="quiz-button quiz-button-primary" href={o().simulator.href}>{o().simulator.label}</a>
        </p>
      </section>
    </div>
  );
}
