import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir } from './content-dir.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { exampleSchema } from './schemas/example.ts';
import { linkCardSchema } from './schemas/link-card.ts';

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
  linkCards: defineCollection({
    loader: file(`${contentDir}/link-cards.yaml`),
    schema: linkCardSchema,
  }),
};
