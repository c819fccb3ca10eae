import { z } from 'astro/zod';

/** One term in content/glossary.yaml. */
export const glossaryTermSchema = z.object({
  /** Anchor on the glossary page: /glossary/#<id>. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** The term as a heading shows it. */
  term: z.string().min(2),
  /** Phrases that count as a use of the term in lesson text; the first use in each lesson links here. */
  aliases: z.array(z.string().min(2)).default([]),
  /** One or two plain sentences, in our words. */
  definition: z.string().min(10),
  /** Lesson ids that use the term. */
  lessons: z.array(z.string()).default([]),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
