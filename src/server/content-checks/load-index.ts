import { getCollection, getEntry, render } from 'astro:content';
import type { ContentIndex } from './content-index.ts';

type Headings = Awaited<ReturnType<typeof render>>['headings'];

/**
 * Reads every collection once and gathers what the rules check. Each lesson is rendered once
 * here, and its headings are kept: the slugs the Markdown pipeline really builds, which every
 * link to a lesson section is checked against and every page that names a section reads.
 */
export async function loadContentIndex() {
  const [
    lessons,
    sources,
    glossary,
    examples,
    criteria,
    lessonChecks,
    placements,
    mapPage,
    quiz,
    presets,
    simulatorPages,
    guide,
    worksheet,
    theTest,
  ] = await Promise.all([
    getCollection('lessons'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('examples'),
    getCollection('criteria'),
    getCollection('lessonChecks'),
    getCollection('mapPlacements'),
    getEntry('mapPage', 'map'),
    getEntry('quiz', 'quiz'),
    getCollection('simulatorPresets'),
    getCollection('simulatorPage'),
    getEntry('workshop', 'guide'),
    getEntry('worksheet', 'worksheet'),
    getEntry('theTest', 'the-test'),
  ]);
  const headings: Map<string, Headings> = new Map(await Promise.all(lessons.map(async (l) => [l.id, (await render(l)).headings] as const)));
  const index: ContentIndex = {
    lessons: lessons.map((l) => ({
      id: l.id,
      file: l.filePath ?? l.id,
      body: l.body ?? '',
      headings: headings.get(l.id)!.map((h) => h.slug),
    })),
    sources: sources.map((s) => s.id),
    glossary: glossary.map((t) => t.data),
    examples: examples.map((e) => e.data),
    criteria: criteria.map((c) => c.data),
    lessonChecks: lessonChecks.map((c) => ({ ...c.data, id: c.id })),
    map: mapPage && { ...mapPage.data, placements: placements.map((p) => p.data) },
    quiz: quiz?.data.classify,
    theTest: theTest?.data,
    presets: presets.map((p) => p.data),
    simulatorDefaults: simulatorPages[0]?.data.defaults,
    workshopLinks: guide
      ? [...guide.data.plans.flatMap((p) => p.steps.flatMap((s) => s.show)), ...guide.data.questions.map((q) => q.background)].map(
          (l) => l.path,
        )
      : [],
    worksheetLinks: worksheet ? worksheet.data.classify.businesses.map((b) => b.check.path) : [],
  };
  return { index, collections: { lessons, sources, glossary, examples, criteria }, headings };
}
