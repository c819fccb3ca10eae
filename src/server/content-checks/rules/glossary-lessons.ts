import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/** Each glossary term's lessons exist. */
export const glossaryLessons: ContentRule = ({ glossary, lessons }) => {
  const known = new Set(lessons.map((l) => l.id));
  return glossary.flatMap((term) =>
    term.lessons
      .filter((id) => !known.has(id))
      .map((id) => ({ file: FILES.glossary, field: `${term.id}.lessons`, message: `unknown lesson "${id}"` })),
  );
};
