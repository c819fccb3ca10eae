import type { ContentIndex } from './content-index.ts';
import { formatProblem, type Problem } from './problem.ts';
import { CONTENT_RULES } from './rules.ts';

/** Every problem every rule finds. An empty list means the content hangs together. */
export const contentProblems = (index: ContentIndex, rules = CONTENT_RULES): Problem[] =>
  Object.values(rules).flatMap((rule) => rule(index));

/** Stops the build listing every problem at once, one line each, so one run shows all there is to fix. */
export function assertContentHangsTogether(index: ContentIndex): void {
  const problems = contentProblems(index);
  if (problems.length > 0)
    throw new Error(`The content does not hang together (${problems.length} to fix):\n  ${problems.map(formatProblem).join('\n  ')}`);
}
