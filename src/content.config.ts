import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import yaml from 'js-yaml';
import { contentDir } from './content-dir.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { exampleSchema } from './schemas/example.ts';
import { workshopGuideSchema } from './schemas/workshop.ts';
import { worksheetSchema } from './schemas/worksheet.ts';

/** A YAML file that is one document, not a list: it becomes a single entry with the given id. */
const singleDocument = (id: string) => (text: string) => [{ ...(yaml.load(text) as object), id }];

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
  workshop: defineCollection({
    loader: file(`${contentDir}/workshop.yaml`, { parser: singleDocument('guide') }),
    schema: workshopGuideSchema,
  }),
  worksheet: defineCollection({
    loader: file(`${contentDir}/worksheet.yaml`, { parser: singleDocument('worksheet') }),
    schema: worksheetSchema,
  }),
};
