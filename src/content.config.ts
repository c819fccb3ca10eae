import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { load } from 'js-yaml';
import { contentDir } from './content-dir.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { exampleSchema } from './schemas/example.ts';
import { criterionSchema } from './schemas/criterion.ts';
import { numberListEntries } from './lib/list-entries.ts';

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/lessons` }),
    schema: lessonSchema,
  }),
  sources: defineCollection({
    loader: file(`${contentDir}/sources.yaml`),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`),
    schema: glossaryTermSchema,
  }),
  examples: defineCollection({
    loader: file(`${contentDir}/examples.yaml`),
    schema: exampleSchema,
  }),
  criteria: defineCollection({
    loader: file(`${contentDir}/criteria.yaml`, { parser: (text) => numberListEntries(load(text)) as Record<string, unknown>[] }),
    schema: criterionSchema,
  }),
};
