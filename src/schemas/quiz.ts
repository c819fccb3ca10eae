import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

/** A link to a section of a lesson: /lessons/<lesson>/#<section>. The section must be a heading slug of that lesson. */
const lessonLink = z.object({
  lesson: slug,
  section: slug,
  /** Link text, usually the heading. */
  label: z.string().min(3),
});

const answer = z.object({
  /** What the owner would say, in their own terms: no "client" or "customer" jargon. */
  text: z.string().min(3),
  lean: z.enum(['client', 'customer', 'both']),
  /** 1 = a hint, 2 = a clear sign, 3 = decisive. */
  weight: z.number().int().min(1).max(3),
});

const question = z
  .object({
    /** Stable id of the dimension; answers in links are stored by question position, not id. */
    id: slug,
    /** Short name of the dimension, shown in the result's breakdown. */
    dimension: z.string().min(3),
    question: z.string().min(10),
    /** Optional one-line hint under the question. */
    hint: z.string().optional(),
    answers: z.array(answer).min(3).max(4),
    /** Why this dimension tells the two apart, shown in the breakdown. */
    why: z.string().min(10),
    lessons: z.array(lessonLink).min(1),
    /** Comparison-table row ids (/compare/#<id>), checked against content/criteria.yaml at build. */
    compare: z.array(slug).min(1),
  })
  .refine((q) => q.answers.some((a) => a.lean === 'both'), {
    message: 'every question needs a "both / it varies" answer (lean: both)',
    path: ['answers'],
  })
  .refine((q) => q.answers.some((a) => a.lean === 'client') && q.answers.some((a) => a.lean === 'customer'), {
    message: 'every question needs at least one answer leaning client and one leaning customer',
    path: ['answers'],
  });

const outcome = z.object({
  /** Short name, e.g. "Client-based". */
  name: z.string().min(3),
  /** The result's heading. */
  headline: z.string().min(10),
  /** What the outcome means, two or three sentences. */
  summary: z.string().min(20),
  /** Meta description of the outcome's own page. */
  description: z.string().min(20).max(200),
  recommendations: z.array(z.object({ text: z.string().min(10), link: lessonLink })).min(2),
  /** `preset` is a scenario id of content/simulator-presets.yaml, checked at build. */
  simulator: z.object({ preset: slug, label: z.string().min(5), text: z.string().min(10) }),
});

/** Wording of the "why this result" line for each region of the test; `{tailoring}` etc. are filled in. */
const ruleTexts = z.object({
  client: z.string(),
  customer: z.string(),
  'one-off-job': z.string(),
  'standard-lasting': z.string(),
  'on-the-line': z.string(),
});

const page = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  intro: z.string().min(10),
  noScript: z.string().min(10),
});

/** content/quiz.yaml: the classify-your-business quiz and the knowledge check, wording and scoring data. */
export const quizSchema = z
  .object({
    classify: page.extend({
      questions: z
        .array(question)
        .min(8)
        .max(12)
        .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'question ids must be unique'),
      outcomes: z.object({ 'client-based': outcome, 'customer-based': outcome, hybrid: outcome }),
      rules: ruleTexts,
      howWeScore: z.object({ title: z.string(), steps: z.array(z.string().min(10)).min(2) }),
      /** Words for the lean badges in the breakdown. */
      leans: z.object({ client: z.string(), customer: z.string(), both: z.string() }),
      /** Names of the comparison-table rows the questions link to. */
      compareRows: z.record(slug, z.string().min(3)),
      /** Interface wording; text in {braces} is filled in. */
    }),
    check: page.extend({
      answers: z.object({ client: z.string(), customer: z.string(), depends: z.string() }),
    }),
  })
  .superRefine((quiz, ctx) => {
    const named = new Set(Object.keys(quiz.classify.compareRows));
    quiz.classify.questions.forEach((q, i) => {
      for (const row of q.compare) {
        if (!named.has(row))
          ctx.addIssue({
            code: 'custom',
            path: ['classify', 'questions', i, 'compare'],
            message: `add a name for comparison row "${row}" under classify.compareRows`,
          });
      }
    });
  });

export type Quiz = z.output<typeof quizSchema>;
export type ClassifyQuiz = Quiz['classify'];
export type KnowledgeCheckText = Quiz['check'];
