import { SCORING_RULES, type Lean, type Outcome } from './classify-business.ts';
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
  rules: Record<'clear-both-ways' | 'leans-client' | 'leans-customer' | 'mixed', string>;
  howWeScore: { title: string; steps: string[] };
  leans: Record<Lean, string>;
  ui: Record<string, string>;
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
  ui: QuizContent['ui'];
  /** The client–customer map, for the result's "you are here" (added by the quiz page). */
  map?: QuizMapModel;
  /** The quiz page, for "take the quiz" links from a result page. */
  quizPage: string;
}

export const lessonHref = (ref: LessonSectionRef): string => `/lessons/${ref.lesson}/#${ref.section}`;

/** Values that the "how we score" and rule texts may use: {clearWeight}, {clearEachWay}, {decisivePercent}. */
export const ruleValues = {
  clearWeight: SCORING_RULES.clearWeight,
  clearEachWay: SCORING_RULES.clearEachWay,
  decisivePercent: Math.round(SCORING_RULES.decisiveShare * 100),
};

export function toQuizModel(quiz: QuizContent, base: string): QuizModel {
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
    howWeScore: { title: quiz.howWeScore.title, steps: quiz.howWeScore.steps.map((s) => fillIn(s, ruleValues)) },
    leans: quiz.leans,
    ui: quiz.ui,
    quizPage: withBase(base, '/quiz/'),
  };
}

/**
 * Lesson links in the quiz that point at a lesson or heading that does not exist, as messages
 * naming content/quiz.yaml. `sections` maps each lesson id to its heading slugs.
 */
/** Ids the quiz may point at in other collections: comparison rows and simulator scenarios. */
export interface QuizTargets {
  criteria: ReadonlySet<string>;
  presets: ReadonlySet<string>;
}

/** Each comparison row or simulator scenario the quiz names that content does not define. */
export function unknownQuizTargets(quiz: QuizContent, known: QuizTargets): string[] {
  const problems: string[] = [];
  for (const q of quiz.questions) {
    for (const row of q.compare) {
      if (!known.criteria.has(row))
        problems.push(`content/quiz.yaml: question "${q.id}" links to comparison row "${row}", which content/criteria.yaml does not have`);
    }
  }
  for (const row of Object.keys(quiz.compareRows)) {
    if (!known.criteria.has(row)) problems.push(`content/quiz.yaml: compareRows names "${row}", which content/criteria.yaml does not have`);
  }
  for (const [id, o] of Object.entries(quiz.outcomes)) {
    if (!known.presets.has(o.simulator.preset))
      problems.push(
        `content/quiz.yaml: outcome "${id}" opens simulator scenario "${o.simulator.preset}", which content/simulator-presets.yaml does not have`,
      );
  }
  return problems;
}

export function brokenLessonLinks(quiz: QuizContent, sections: ReadonlyMap<string, readonly string[]>): string[] {
  const refs: [string, LessonSectionRef][] = [
    ...quiz.questions.flatMap((q) => q.lessons.map((l): [string, LessonSectionRef] => [`question "${q.id}"`, l])),
    ...(Object.entries(quiz.outcomes) as [Outcome, QuizContent['outcomes'][Outcome]][]).flatMap(([id, o]) =>
      o.recommendations.map((r): [string, LessonSectionRef] => [`outcome "${id}"`, r.link]),
    ),
  ];
  const problems: string[] = [];
  for (const [where, ref] of refs) {
    const slugs = sections.get(ref.lesson);
    if (!slugs) problems.push(`content/quiz.yaml: ${where} links to unknown lesson "${ref.lesson}"`);
    else if (!slugs.includes(ref.section))
      problems.push(`content/quiz.yaml: ${where} links to "#${ref.section}", which is not a heading of lesson "${ref.lesson}"`);
  }
  return problems;
}
