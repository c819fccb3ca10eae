import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/** Each answer of a question inside a lesson cites sources that exist. */
export const lessonCheckSources: ContentRule = ({ lessonChecks, sources }) => {
  const known = new Set(sources);
  return lessonChecks.flatMap((c) =>
    c.options.flatMap((o, i) =>
      o.sources
        .filter((s) => !known.has(s))
        .map((s) => ({ file: FILES.lessonChecks, field: `${c.id}.options[${i}].sources`, message: `unknown source "${s}"` })),
    ),
  );
};
