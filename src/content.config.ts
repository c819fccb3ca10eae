import { dirname } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { load } from 'js-yaml';
import { contentPath } from './server/content-dir.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { exampleSchema } from './schemas/example.ts';
import { criterionSchema } from './schemas/criterion.ts';
import { numberListEntries } from './lib/list-entries.ts';
import { quizSchema } from './schemas/quiz.ts';
import { simulatorPageSchema } from './schemas/simulator-page.ts';
import { simulatorPresetSchema } from './schemas/simulator-preset.ts';
import { workshopGuideSchema } from './schemas/workshop.ts';
import { worksheetSchema } from './schemas/worksheet.ts';
import { linkCardSchema } from './schemas/link-card.ts';
import { lessonCheckSchema } from './schemas/lesson-check.ts';
import { theTestSchema } from './schemas/the-test.ts';
import { workedExampleSchema } from './schemas/worked-example.ts';

/** A YAML file that is one document, not a list: it becomes a single entry with the given id. */
const singleDocument = (id: string) => (text: string) => [{ ...(load(text) as object), id }];
import { mapPageSchema, mapPlacementSchema } from './schemas/map.ts';

export const collections = {
  // The site's one test of client versus customer, stated once.
  theTest: defineCollection({
    loader: file(contentPath('the-test.yaml'), { parser: singleDocument('the-test') }),
    schema: theTestSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*.mdx', base: contentPath('lessons') }),
    schema: lessonSchema,
  }),
  // Questions placed inside lessons with <LessonCheck id="…" />.
  lessonChecks: defineCollection({
    loader: file(contentPath('lesson-checks.yaml')),
    schema: lessonCheckSchema,
  }),
  // The named inputs behind the money in lessons; pages work out every sum from them.
  workedExamples: defineCollection({
    loader: file(contentPath('worked-examples.yaml')),
    schema: workedExampleSchema,
  }),
  sources: defineCollection({
    loader: file(contentPath('sources.yaml')),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file(contentPath('glossary.yaml')),
    schema: glossaryTermSchema,
  }),
  examples: defineCollection({
    loader: file(contentPath('examples.yaml')),
    schema: exampleSchema,
  }),
  criteria: defineCollection({
    loader: file(contentPath('criteria.yaml'), { parser: (text) => numberListEntries(load(text)) as Record<string, unknown>[] }),
    schema: criterionSchema,
  }),
  // One entry, "quiz": the whole file is a single, cross-checked piece of content.
  quiz: defineCollection({
    loader: file(contentPath('quiz.yaml'), {
      parser: (text) => ({ quiz: load(text, { filename: 'content/quiz.yaml' }) as Record<string, unknown> }),
    }),
    schema: quizSchema,
  }),
  simulatorPage: defineCollection({
    loader: glob({ pattern: 'simulator.mdx', base: dirname(contentPath('simulator.mdx')) }),
    schema: simulatorPageSchema,
  }),
  simulatorPresets: defineCollection({
    loader: file(contentPath('simulator-presets.yaml')),
    schema: simulatorPresetSchema,
  }),
  workshop: defineCollection({
    loader: file(contentPath('workshop.yaml'), { parser: singleDocument('guide') }),
    schema: workshopGuideSchema,
  }),
  worksheet: defineCollection({
    loader: file(contentPath('worksheet.yaml'), { parser: singleDocument('worksheet') }),
    schema: worksheetSchema,
  }),
  linkCards: defineCollection({
    loader: file(contentPath('link-cards.yaml')),
    schema: linkCardSchema,
  }),
  // The client–customer map: one entry per business, and one for the page itself.
  mapPlacements: defineCollection({
    loader: file(contentPath('map.yaml')),
    schema: mapPlacementSchema,
  }),
  mapPage: defineCollection({
    loader: file(contentPath('map-page.yaml'), { parser: singleDocument('map') }),
    schema: mapPageSchema,
  }),
};
