import { z } from 'astro/zod';
import { CRITERION_THEMES } from '../lib/criterion-themes.ts';

/** One row of the comparison table, in content/criteria.yaml. */
export const criterionSchema = z.object({
  /** Stable id: the row's anchor, /compare/#<id>. The quiz and lessons link to it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** The group the row is filtered by. */
  theme: z.enum(CRITERION_THEMES),
  /** Short name of the point, shown as the row header. */
  label: z.string().min(3).max(60),
  /** What this point looks like for a client, in a sentence or two. */
  client: z.string().min(10),
  /** What it looks like for a customer. */
  customer: z.string().min(10),
  /** What it looks like for a consumer, only where the articles give a basis for it. */
  consumer: z.string().min(10).optional(),
  /** Why the point matters, in a few plain sentences. */
  explanation: z.string().min(40),
  /** A concrete case. Say whose example it is when it comes from an article. */
  example: z.string().min(20),
  /** Source ids from content/sources.yaml that state this point. */
  sources: z.array(z.string()).min(1),
  /** Where the sources differ on this point, if they do. */
  differ: z.string().min(20).optional(),
  /** The lesson section that covers the point: "<lesson id>#<heading slug>". */
  lesson: z
    .string()
    .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'write it as <lesson id>#<heading slug>')
    .optional(),
  /** Place in the file, set by the loader: the table keeps the editor's order. Not written by hand. */
  position: z.number().int().nonnegative(),
  /** Other words a reader might search for, e.g. American spellings. */
  keywords: z.array(z.string().min(2)).default([]),
});

export type Criterion = z.output<typeof criterionSchema>;
