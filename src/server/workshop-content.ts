import { getCollection, getEntry, render } from 'astro:content';
import { missingTargets } from '../lib/workshop-links.ts';
import { siteContent } from './content.ts';

/**
 * The trainer's guide and the worksheet, loaded once per build, with every link checked
 * against the lessons' real headings, the glossary and the examples. A link to a section
 * that was renamed fails the build naming the file, instead of leaving a trainer stranded.
 */
export const workshopContent = (async () => {
  const [guide, worksheet, { lessons, glossary, examples, criteria }, presets] = await Promise.all([
    getEntry('workshop', 'guide'),
    getEntry('worksheet', 'worksheet'),
    siteContent,
    getCollection('simulatorPresets'),
  ]);
  if (!guide) throw new Error('content/workshop.yaml is missing or empty: the /workshop/ page needs it.');
  if (!worksheet) throw new Error('content/worksheet.yaml is missing or empty: the /workshop/worksheet/ page needs it.');

  const lessonSections = new Map(
    await Promise.all(lessons.map(async (l) => [l.id, new Set((await render(l)).headings.map((h) => h.slug))] as const)),
  );
  const known = {
    lessonSections,
    glossary: new Set(glossary.map((t) => t.id)),
    examples: new Set(examples.map((e) => e.id)),
    criteria: new Set(criteria.map((c) => c.id)),
    presets: new Set(presets.map((p) => p.id)),
  };
  const { plans, questions } = guide.data;
  const guidePaths = [...plans.flatMap((p) => p.steps.flatMap((s) => s.show)), ...questions.map((q) => q.background)].map((l) => l.path);
  const sheetPaths = worksheet.data.classify.businesses.map((b) => b.check.path);
  const problems = [
    ...missingTargets(guidePaths, known).map((p) => `content/workshop.yaml: ${p}`),
    ...missingTargets(sheetPaths, known).map((p) => `content/worksheet.yaml: ${p}`),
  ];
  if (problems.length > 0) throw new Error(`The workshop guide links to things that do not exist:\n  ${problems.join('\n  ')}`);
  return { guide: guide.data, worksheet: worksheet.data };
})();
