import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { classifyBusiness, type ChosenAnswer, type Outcome, type QuizAxes } from '../../src/lib/classify-business.ts';
import { quizPosition } from '../../src/lib/quiz-position.ts';
import { onTheLine, regionOf } from '../../src/lib/the-test.ts';

/**
 * The quiz's verdict and the reader's point on the map come from the same answers. Over every
 * combination of answers to the real quiz, the verdict must name the region the point is drawn in:
 * client-based in the client region, customer-based in the customer region, hybrid in between
 * (on a line of the test included).
 */
const read = (file: string) => load(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));
const { questions } = quizSchema.parse(read('quiz.yaml')).classify;
const axes = (read('map-page.yaml') as { quizAxes: QuizAxes }).quizAxes;

const EXPECTED: Record<ReturnType<typeof regionOf>, Outcome> = {
  client: 'client-based',
  customer: 'customer-based',
  'one-off-job': 'hybrid',
  'standard-lasting': 'hybrid',
};

const onAxes = new Set([...axes.tailoring, ...axes.relationship]);
const options = questions.map((q) => q.answers.map((a): ChosenAnswer => ({ dimension: q.id, lean: a.lean, weight: a.weight })));

/** The verdict must be the one the point's region gives; returns the verdict, failing loudly where it is not. */
function agrees(answers: readonly (ChosenAnswer | null)[]): Outcome | null {
  const point = quizPosition(answers, axes);
  const { outcome } = classifyBusiness(answers, axes);
  const expected =
    point.answered.tailoring + point.answered.relationship === 0 ? null : onTheLine(point) ? 'hybrid' : EXPECTED[regionOf(point)];
  if (outcome !== expected) expect({ answers, point, outcome }).toEqual({ answers, point, outcome: expected });
  return outcome;
}

describe('the quiz and the map never disagree', () => {
  it('places every question of the quiz on one axis of the map, but at most one off both', () => {
    expect(questions.filter((q) => !onAxes.has(q.id)).length).toBeLessThanOrEqual(1);
  });

  it('over every combination of answers to the questions on the map, the verdict is the region of the reader’s point', () => {
    // An odometer over the answers to the questions on the axes; the answer off the axes takes
    // each of its values in turn, since it may not change anything.
    const axisQuestions = questions.map((_, i) => i).filter((i) => onAxes.has(questions[i].id));
    const digits = axisQuestions.map(() => 0);
    const answers: (ChosenAnswer | null)[] = options.map((o) => o[0]);
    const seen = new Set<Outcome | null>();
    let count = 0;
    for (;;) {
      axisQuestions.forEach((q, d) => (answers[q] = options[q][digits[d]]));
      questions.forEach((q, i) => {
        if (!onAxes.has(q.id)) answers[i] = options[i][count % options[i].length];
      });
      seen.add(agrees(answers));
      count++;
      let d = 0;
      while (d < digits.length && ++digits[d] === options[axisQuestions[d]].length) digits[d++] = 0;
      if (d === digits.length) break;
    }
    expect(count).toBe(axisQuestions.reduce((n, q) => n * options[q].length, 1));
    expect([...seen].sort()).toEqual(['client-based', 'customer-based', 'hybrid']);
  }, 30_000);

  it('with "Not sure" on any set of questions, the verdict is still the region of the point', () => {
    // Every pattern of questions left "Not sure", each with the other questions answered a few ways.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let pattern = 0; pattern < 2 ** questions.length; pattern++) {
      for (let fill = 0; fill < 4; fill++) {
        agrees(options.map((o, i) => (pattern & (1 << i) ? null : o[Math.floor(random() * o.length)])));
      }
    }
  }, 30_000);
});
