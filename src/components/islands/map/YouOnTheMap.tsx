import { For, Show } from 'solid-js';
import type { ChosenAnswer } from '../../../lib/classify-business.ts';
import type { QuizMapModel } from '../../../lib/map-model.ts';
import { nearestBusinesses } from '../../../lib/map-nearby.ts';
import { quizPosition } from '../../../lib/quiz-position.ts';
import { mapQuizStrings as t } from '../../../strings/map-quiz.ts';

interface Props {
  map?: QuizMapModel;
  /** The quiz's questions (their ids and answers), and the answer picked for each. */
  questions: readonly { id: string; answers: readonly Omit<ChosenAnswer, 'dimension'>[] }[];
  /** Per question: the answer position, or anything else (not answered, "not sure") for no lean. */
  picks: readonly (number | string | null)[];
}

/** "You are here": the reader's business on a small client–customer map, placed from their answers. */
export default function YouOnTheMap(props: Props) {
  const position = () =>
    quizPosition(
      props.picks.map((p, i) =>
        typeof p !== 'number' || !props.questions[i]?.answers[p]
          ? null
          : { dimension: props.questions[i].id, ...props.questions[i].answers[p] },
      ),
      props.map!.quizAxes,
    );
  return (
    <Show when={props.map}>
      {(map) => {
        // The server drew the businesses; only the reader's point is placed here, on the same scales.
        const frame = map().frame;
        const at = (t: number, r: number) => ({
          x: frame.left + (t / 100) * (frame.right - frame.left),
          y: frame.bottom - (r / 100) * (frame.bottom - frame.top),
        });
        const you = () => at(position().tailoring, position().relationship);
        const near = () =>
          nearestBusinesses(position(), map().businesses)
            .map((n) => n.business.name)
            .join(', ');
        const mid = at(50, 50);
        return (
          <section class="map-mini" aria-labelledby="map-mini-title">
            <h3 id="map-mini-title">{t.title}</h3>
            <svg
              viewBox={`0 0 ${frame.width} ${frame.height}`}
              role="img"
              aria-label={t.image(position().tailoring, position().relationship)}
            >
              <rect class="map-zone-customer" x={frame.left} y={mid.y} width={mid.x - frame.left} height={frame.bottom - mid.y} />
              <rect class="map-zone-client" x={mid.x} y={frame.top} width={frame.right - mid.x} height={mid.y - frame.top} />
              <rect class="map-frame" x={frame.left} y={frame.top} width={frame.right - frame.left} height={frame.bottom - frame.top} />
              <For each={map().dots}>{(p) => <circle class={`map-dot map-${p.answer}`} cx={p.x} cy={p.y} r="4" />}</For>
              <text class="map-mini-axis" x={frame.right} y={frame.height - 10} text-anchor="end">
                {t.across}
              </text>
              <text class="map-mini-axis" transform={`translate(16 ${frame.top}) rotate(-90)`} text-anchor="end">
                {t.up}
              </text>
              <circle class="map-you-dot" cx={you().x} cy={you().y} r="9" />
              <text class="map-you-label" x={you().x} y={you().y - 14} text-anchor="middle">
                {t.you}
              </text>
            </svg>
            <p>
              {t.text(position().tailoring, position().relationship)} {t.nearest(near())}
            </p>
            <p>
              <a href={`${map().page}?you=${position().tailoring},${position().relationship}`}>{t.open}</a>
            </p>
          </section>
        );
      }}
    </Show>
  );
}
