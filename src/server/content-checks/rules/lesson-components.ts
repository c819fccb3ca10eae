import { FIGURE_NAMES } from '../../../lib/lesson-figure-names.ts';
import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

/**
 * The questions and figures a lesson places exist: <LessonCheck id> names a question in
 * content/lesson-checks.yaml, <LessonFigure name> a known figure, and its focus example businesses.
 */
export const lessonComponents: ContentRule = ({ lessons, lessonChecks, examples }) => {
  const checks = new Set(lessonChecks.map((c) => c.id));
  const businesses = new Set(examples.map((e) => e.id));
  return lessons.flatMap((l) => {
    const problems = [];
    for (const [tag] of l.body.matchAll(/<LessonCheck\b[^>]*>/g)) {
      const id = attribute(tag, 'id') ?? '';
      if (!checks.has(id))
        problems.push({
          file: l.file,
          field: 'body',
          message: `<LessonCheck id="${id}" />: ${FILES.lessonChecks} has no question "${id}"`,
        });
    }
    for (const [tag] of l.body.matchAll(/<LessonFigure\b[^>]*>/g)) {
      const name = attribute(tag, 'name') ?? '';
      if (!(FIGURE_NAMES as readonly string[]).includes(name))
        problems.push({
          file: l.file,
          field: 'body',
          message: `<LessonFigure name="${name}">: no such figure; use one of ${FIGURE_NAMES.join(', ')}`,
        });
      const focus = (attribute(tag, 'focus') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const id of focus.filter((id) => !businesses.has(id)))
        problems.push({
          file: l.file,
          field: 'body',
          message: `<LessonFigure name="${name}">: focus names "${id}", not a business in ${FILES.examples}`,
        });
    }
    return problems;
  });
};
