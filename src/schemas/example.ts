import { z } from 'astro/zod';

export const leanSchema = z.enum(['client', 'customer', 'both']);

/** One example business in content/examples.yaml, as the source articles classify it. */
export const exampleSchema = z
  .object({
    /** Stable id, used in URLs and knowledge-check rounds. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** The kind of business, e.g. "Law firm". */
    name: z.string().min(2),
    /** What each source that names the business says it has. */
    verdicts: z.array(z.object({ source: z.string(), says: leanSchema })).min(1),
    /** The answer the site teaches: "depends" where sources disagree or the business serves both. */
    answer: z.enum(['client', 'customer', 'depends']),
    /** One sentence on why, in our words. */
    reason: z.string().min(10),
    /** Why the sources might differ; required when their verdicts do. */
    disagreement: z.string().optional(),
    /** The lesson that explains it best. */
    lesson: z.string(),
  })
  .refine((e) => new Set(e.verdicts.map((v) => v.says)).size === 1 || e.disagreement, {
    message: 'sources disagree about this business: add a "disagreement" that explains why',
    path: ['disagreement'],
  });

export type Example = z.output<typeof exampleSchema>;
