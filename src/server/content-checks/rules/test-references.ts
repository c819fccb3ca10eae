import type { ContentRule } from '../content-index.ts';
import { FILES, type Problem } from '../problem.ts';

/** The test's regions point to lessons that exist, and it shows only articles that exist. */
export const testReferences: ContentRule = ({ theTest, lessons, sources }) => {
  if (!theTest) return [];
  const lessonIds = new Set(lessons.map((l) => l.id));
  const sourceIds = new Set(sources);
  const problems: Problem[] = [];
  for (const region of theTest.regions)
    for (const id of region.lessons)
      if (!lessonIds.has(id))
        problems.push({ file: FILES.theTest, field: `regions.${region.id}.lessons`, message: `unknown lesson "${id}"` });
  theTest.articleTests.forEach((a, i) => {
    if (!sourceIds.has(a.source))
      problems.push({ file: FILES.theTest, field: `articleTests[${i}].source`, message: `unknown source "${a.source}"` });
  });
  return problems;
};
