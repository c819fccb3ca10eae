import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/** Each example business points to a lesson that exists and cites sources that exist. */
export const exampleReferences: ContentRule = ({ examples, lessons, sources }) => {
  const lessonIds = new Set(lessons.map((l) => l.id));
  const sourceIds = new Set(sources);
  return examples.flatMap((e) => [
    ...(lessonIds.has(e.lesson) ? [] : [{ file: FILES.examples, field: `${e.id}.lesson`, message: `unknown lesson "${e.lesson}"` }]),
    ...e.verdicts
      .filter((v) => !sourceIds.has(v.source))
      .map((v) => ({ file: FILES.examples, field: `${e.id}.verdicts`, message: `unknown source "${v.source}"` })),
  ]);
};
