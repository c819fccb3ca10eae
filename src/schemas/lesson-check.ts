import { z } from 'astro/zod';

/** One answer a reader can pick, with the feedback shown when they pick it. */
const optionSchema = z.object({
  /** The answer as the reader sees it. */
  text: z.string().min(1),
  /** True for every answer the site accepts; where articles disagree, each article's answer is true. */
  correct: z.boolean().default(false),
  /** Why this answer is right or not, in our words. Shown when it is picked and in the no-script reveal. */
  why: z.string().min(10),
  /** Ids from content/sources.yaml of the articles the explanation rests on; none when it is our own view. */
  sources: z.array(z.string()).default([]),
});

/**
 * A retrieval question inside a lesson, in content/lesson-checks.yaml, placed in the text with
 * <LessonCheck id="…" />. A "predict" question opens a lesson: the reader guesses before the lesson
 * explains, and the lesson comes back to it.
 */
export const lessonCheckSchema = z
  .object({
    /** Stable id, used in the MDX tag and as the question's anchor (#check-<id>). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** "predict" before the explanation, "check" just after it. */
    kind: z.enum(['predict', 'check']).default('check'),
    /** The question. */
    question: z.string().min(10),
    /** Where the articles disagree: say so, so several answers can be right. */
    disagreement: z.string().optional(),
    options: z.array(optionSchema).min(2).max(5),
  })
  .refine((c) => c.options.some((o) => o.correct), { message: 'mark at least one option "correct: true"', path: ['options'] })
  .refine((c) => c.options.filter((o) => o.correct).length < 2 || c.disagreement, {
    message: 'more than one answer is right: add a "disagreement" that says why the articles differ',
    path: ['disagreement'],
  });

export type LessonCheck = z.output<typeof lessonCheckSchema>;
