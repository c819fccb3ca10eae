import { quizPosition, type QuizPosition } from './quiz-position.ts';
import { TEST_THRESHOLD, onTheLine, regionOf, type RegionId, type TestAxis } from './the-test.ts';

/** Which way one answer points. "both" is the "it varies" answer. */
export type Lean = 'client' | 'customer' | 'both';

export type Outcome = 'client-based' | 'customer-based' | 'hybrid';

export const OUTCOMES: readonly Outcome[] = ['client-based', 'customer-based', 'hybrid'];

/** The answer given for one question, or null where the question was left unanswered. */
export interface ChosenAnswer {
  /** The question's id. */
  dimension: string;
  lean: Lean;
  /** How strongly the answer points its way: 1 a hint, 2 a clear sign, 3 a decisive one. */
  weight: number;
}

/** Which quiz questions (ids) answer each of the test's two questions (content/map-page.yaml). */
export type QuizAxes = Readonly<Record<TestAxis, readonly string[]>>;

/**
 * What the quiz says for each region of the test: yes to both questions is client-based, no to
 * both customer-based, and one of each (a one-off tailored job, or a standard offer on lasting
 * terms) serves both.
 */
export const OUTCOME_OF_REGION: Readonly<Record<RegionId, Outcome>> = {
  client: 'client-based',
  customer: 'customer-based',
  'one-off-job': 'hybrid',
  'standard-lasting': 'hybrid',
};

export interface Classification {
  /** null only when no answer bears on either question of the test: no evidence, no verdict. */
  outcome: Outcome | null;
  /** The region of the test the answers put the business in; it decides the outcome. */
  region: RegionId | null;
  /** The point is on a line of the test (a question answered neither yes nor no): in between, so hybrid. */
  onTheLine: boolean;
  /** The reader's point on the map: 0 to 100 on each axis, and how many answers fed each. */
  position: QuizPosition;
  /** Share of the weight of the answers on the two axes that points to clients, 0 to 1 (0.5 with none). */
  clientShare: number;
  answered: number;
  /** One entry per question, in question order, with the weight it counted for; null where unanswered. */
  breakdown: (ChosenAnswer | null)[];
}

const cleanWeight = (weight: number): number => (Number.isFinite(weight) && weight > 0 ? weight : 0);

/**
 * Classifies a business from its answers (null = unanswered, ignored) by the site's one test.
 * The answers to the questions on each axis give the reader's point on the map, exactly as the
 * map draws it (quizPosition); the region that point falls in decides the outcome. So the quiz
 * and the map can never disagree, and the quiz says what the test says of any business.
 */
export function classifyBusiness(answers: readonly (ChosenAnswer | null | undefined)[], axes: QuizAxes): Classification {
  const breakdown = answers.map((a): ChosenAnswer | null => (a ? { ...a, weight: cleanWeight(a.weight) } : null));
  const position = quizPosition(breakdown, axes);
  const onAxes = breakdown.filter(
    (a): a is ChosenAnswer => a !== null && (axes.tailoring.includes(a.dimension) || axes.relationship.includes(a.dimension)),
  );
  const total = onAxes.reduce((sum, a) => sum + a.weight, 0);
  const client = onAxes.reduce((sum, a) => sum + (a.lean === 'client' ? a.weight : a.lean === 'both' ? a.weight / 2 : 0), 0);
  const base = {
    position,
    clientShare: total > 0 ? client / total : 0.5,
    answered: breakdown.filter(Boolean).length,
    breakdown,
  };
  if (position.answered.tailoring + position.answered.relationship === 0) return { ...base, outcome: null, region: null, onTheLine: false };
  const region = regionOf(position);
  const online = onTheLine(position);
  return { ...base, outcome: online ? 'hybrid' : OUTCOME_OF_REGION[region], region, onTheLine: online };
}

/** Values the "how we score" and result texts may use: {threshold}. */
export const ruleValues = { threshold: TEST_THRESHOLD };

export const isOutcome = (value: unknown): value is Outcome => OUTCOMES.includes(value as Outcome);
