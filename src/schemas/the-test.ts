import { z } from 'astro/zod';

const question = z.object({
  /** The question as the reader is asked it, e.g. "Is what you sell shaped to each buyer?". */
  question: z.string().min(10),
  /** The axis name on the map. */
  name: z.string().min(5),
  /** What "no" looks like, at the low end of the axis. */
  low: z.string().min(3),
  /** What "yes" looks like, at the high end of the axis. */
  high: z.string().min(3),
});

const region = z.object({
  id: z.enum(['client', 'customer', 'one-off-job', 'standard-lasting']),
  name: z.string().min(3),
  /** The answer to each question that puts a business here. */
  tailoring: z.boolean(),
  relationship: z.boolean(),
  /** What the site teaches for a business in this region. */
  verdict: z.enum(['client', 'customer', 'depends']),
  text: z.string().min(20),
  /** Ids of the lessons that matter most for a business here, most useful first. */
  lessons: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'use a lesson id, the file name in content/lessons/'))
    .min(1)
    .max(4),
});

/** The site's own test of client versus customer (content/the-test.yaml), stated once. */
export const theTestSchema = z
  .object({
    name: z.string().min(5),
    /** One line, for footers and captions. */
    summary: z.string().min(10).max(90),
    /** The test in full, in two or three sentences. */
    statement: z.string().min(40),
    /** Says plainly that the test is the site's own. */
    ours: z.string().min(20),
    questions: z.object({ tailoring: question, relationship: question }),
    regions: z.array(region).length(4),
    /** How each article draws the line itself, in our words; `source` is an id in content/sources.yaml. */
    articleTests: z.array(z.object({ source: z.string(), text: z.string().min(20) })).min(1),
  })
  .superRefine((test, ctx) => {
    for (const t of [true, false])
      for (const r of [true, false]) {
        const n = test.regions.filter((g) => g.tailoring === t && g.relationship === r).length;
        if (n !== 1)
          ctx.addIssue({
            code: 'custom',
            path: ['regions'],
            message: `give exactly one region for tailoring ${t ? 'yes' : 'no'} and relationship ${r ? 'yes' : 'no'} (found ${n})`,
          });
      }
  });

export type TheTestContent = z.output<typeof theTestSchema>;
