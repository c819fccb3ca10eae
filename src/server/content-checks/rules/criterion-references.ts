import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/** Each comparison row cites sources that exist and points to a lesson heading that exists. */
export const criterionReferences: ContentRule = ({ criteria, lessons, sources }) => {
  const sourceIds = new Set(sources);
  const byId = new Map(lessons.map((l) => [l.id, l]));
  return criteria.flatMap((c) => {
    const problems = c.sources
      .filter((s) => !sourceIds.has(s))
      .map((s) => ({ file: FILES.criteria, field: `${c.id}.sources`, message: `unknown source "${s}"` }));
    if (c.lesson) {
      const [id, heading] = c.lesson.split('#');
      const lesson = byId.get(id);
      if (!lesson) problems.push({ file: FILES.criteria, field: `${c.id}.lesson`, message: `unknown lesson "${id}"` });
      else if (!lesson.headings.includes(heading))
        problems.push({ file: FILES.criteria, field: `${c.id}.lesson`, message: `lesson "${id}" has no heading "#${heading}"` });
    }
    return problems;
  });
};
