import { ruleValues, type Lean, type Outcome, type QuizAxes } from './classify-business.ts';
import type { RegionId } from './the-test.ts';
import { fillIn } from './fill-in.ts';
import type { QuizMapModel } from './map-model.ts';
import { withBase } from './paths.ts';

/** A lesson section as content names it. */
export interface LessonSectionRef {
  lesson: string;
  section: string;
  label: string;
}

/** The quiz as content/quiz.yaml gives it (the part the islands need). */
export interface QuizContent {
  questions: {
    id: string;
    dimension: string;
    question: string;
    hint?: string;
    answers: { text: string; lean: Lean; weight: number }[];
    why: string;
    lessons: LessonSectionRef[];
    compare: string[];
  }[];
  outcomes: Record<
    Outcome,
    {
      name: string;
      headline: string;
      summary: string;
      description: string;
      recommendations: { text: string; link: LessonSectionRef }[];
      simulator: { preset: string; label: string; text: string };
    }
  >;
  compareRows: Partial<Record<string, string>>;
  /** Why the result, for each region of the test the reader's answers can land in. */
  rules: Record<RegionId | 'on-the-line', string>;
  howWeScore: { title: string; steps: string[] };
  leans: Record<Lean, string>;
}

export interface Link {
  href: string;
  label: string;
}

/** The quiz with every link resolved against the base path, ready to hand to an island. */
export interface QuizModel {
  questions: (Omit<QuizContent['questions'][number], 'lessons' | 'compare'> & { lessons: Link[]; compare: Link[] })[];
  outcomes: Record<
    Outcome,
    Omit<QuizContent['outcomes'][Outcome], 'recommendations' | 'simulator'> & {
      recommendations: { text: string; link: Link }[];
      simulator: { href: string; label: string; text: string };
      /** The outcome's own page, to share. */
      page: string;
    }
  >;
  rules: QuizContent['rules'];
  howWeScore: { title: string; steps: string[] };
  leans: QuizContent['leans'];
  /** The client–customer map, for the result's "you are here" (added by the quiz page). */
  map?: QuizMapModel;
  /** The quiz page, for "take the quiz" links from a result page. */
  quizPage: string;
  /** Which questions answer each of the test's two questions: the scorer places the reader by them. */
  axes: QuizAxes;
}

export const lessonHref = (ref: Pick<LessonSectionRef, 'lesson' | 'section'>): string => `/lessons/${ref.lesson}/#${ref.section}`;

/**
 * The "how we score" steps with the scorer's own values filled in: the threshold, and the
 * questions that are not part of the test (a step naming them is dropped when there are none).
 */
function howWeScoreSteps(quiz: QuizContent, axes: QuizAxes): string[] {
  const onTest = new Set([...axes.tailoring, ...axes.relationship]);
  const offTest = quiz.questions.filter((q) => !onTest.has(q.id)).map((q) => `“${q.dimension}”`);
  const values = { ...ruleValues, offTest: offTest.join(' and ') };
  return quiz.howWeScore.steps.filter((s) => offTest.length > 0 || !s.includes('{offTest}')).map((s) => fillIn(s, values));
}

export function toQuizModel(quiz: QuizContent, base: string, axes: QuizAxes): QuizModel {
  const link = (path: string, label: string): Link => ({ href: withBase(base, path), label });
  const outcome = (id: Outcome): QuizModel['outcomes'][Outcome] => {
    const o = quiz.outcomes[id];
    return {
      ...o,
      recommendations: o.recommendations.map((r) => ({ text: r.text, link: link(lessonHref(r.link), r.link.label) })),
      simulator: { ...o.simulator, href: withBase(base, `/simulator/?preset=${o.simulator.preset}`) },
      page: withBase(base, `/quiz/result/${id}/`),
    };
  };
  const outcomes = { 'client-based': outcome('client-based'), 'customer-based': outcome('customer-based'), hybrid: outcome('hybrid') };
  return {
    questions: quiz.questions.map((q) => ({
      ...q,
      lessons: q.lessons.map((l) => link(lessonHref(l), l.label)),
      compare: q.compare.map((row) => link(`/compare/#${row}`, quiz.compareRows[row] ?? row)),
    })),
    outcomes,
    rules: quiz.rules,
    howWeScore: { title: quiz.howWeScore.title, steps: howWeScoreSteps(quiz, axes) },
    leans: quiz.leans,
    quizPage: withBase(base, '/quiz/'),
    axes,
  };
}
