import { lessonHref } from '../../../lib/quiz-model.ts';
import type { ContentRule } from '../content-index.ts';
import { FILES, type Problem } from '../problem.ts';

/** The quiz's links to lesson sections, comparison rows and simulator scenarios all go somewhere. */
export const quizLinks: ContentRule = ({ quiz, lessons, criteria, presets }) => {
  if (!quiz) return [];
  const headings = new Map(lessons.map((l) => [l.id, l.headings]));
  const rows = new Set(criteria.map((c) => c.id));
  const scenarios = new Set(presets.map((p) => p.id));
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file: FILES.quiz, field, message });
  const checkSection = (field: string, ref: { lesson: string; section: string }) => {
    const slugs = headings.get(ref.lesson);
    if (!slugs) add(field, `unknown lesson "${ref.lesson}"`);
    else if (!slugs.includes(ref.section)) add(field, `${lessonHref(ref)}: lesson "${ref.lesson}" has no heading "#${ref.section}"`);
  };

  for (const q of quiz.questions) {
    for (const ref of q.lessons) checkSection(`questions.${q.id}.lessons`, ref);
    for (const row of q.compare)
      if (!rows.has(row)) add(`questions.${q.id}.compare`, `comparison row "${row}" is not in ${FILES.criteria}`);
  }
  for (const row of Object.keys(quiz.compareRows))
    if (!rows.has(row)) add('compareRows', `comparison row "${row}" is not in ${FILES.criteria}`);
  for (const [id, o] of Object.entries(quiz.outcomes)) {
    for (const r of o.recommendations) checkSection(`outcomes.${id}.recommendations`, r.link);
    if (!scenarios.has(o.simulator.preset))
      add(`outcomes.${id}.simulator.preset`, `simulator scenario "${o.simulator.preset}" is not in ${FILES.presets}`);
  }
  return problems;
};
