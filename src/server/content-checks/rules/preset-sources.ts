import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/** Each simulator scenario cites sources that exist. */
export const presetSources: ContentRule = ({ presets, sources }) => {
  const known = new Set(sources);
  return presets.flatMap((p) =>
    p.sources
      .filter((s) => !known.has(s))
      .map((s) => ({ file: FILES.presets, field: `${p.id}.sources`, message: `unknown source "${s}"` })),
  );
};
