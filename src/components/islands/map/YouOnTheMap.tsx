import { Show } from 'solid-js';
import type { ChosenAnswer } from '../../../lib/classify-business.ts';
import type { QuizMapModel } from '../../../lib/map-model.ts';
import { nearestBusinesses, regionAt } from '../../../lib/map-nearby.ts';
import { onTheLine } from '../../../lib/the-test.ts';
import { quizPosition } from '../../../lib/quiz-position.ts';
import { mapQuizStrings as t } from '../../../strings/map-quiz.ts';
import MapSmallSvg from './MapSmallSvg.tsx';

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
        // The server worked out the drawing; only the reader's point is placed here, on the same scales.
        const frame = map().drawing.frame;
        const at = (t: number, r: number) => ({
          x: frame.left + (t / 100) * (frame.right - frame.left),
          y: frame.bottom - (r / 100) * (frame.bottom - frame.top),
        });
        const you = () => at(position().tailoring, position().relationship);
        const near = () =>
          nearestBusinesses(position(), map().businesses)
            .map((n) => n.business.name)
            .join(', ');
        return (
          <section class="map-mini" aria-labelledby="map-mini-title">
            <h3 id="map-mini-title">{t.title}</h3>
            <MapSmallSvg drawing={map().drawing} label={t.image(position().tailoring, position().relationship)}>
              <g class="map-you" transform={`translate(${you().x} ${you().y})`}>
                <circle class="map-you-ring" r="11" />
                <circle class="map-you-core" r="4" />
                <text class="map-you-label" y="-17" text-anchor="middle">
                  {t.you}
                </text>
              </g>
            </MapSmallSvg>
            <p>
              <strong>{onTheLine(position()) ? t.onTheLine : t.region(regionAt(map().regions, position())?.name ?? '')}</strong>{' '}
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
