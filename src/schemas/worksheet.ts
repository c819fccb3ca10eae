import { z } from 'astro/zod';
import { showLinkSchema } from './workshop.ts';

const part = {
  heading: z.string().min(3),
  /** One line telling participants what to do. */
  instructions: z.string().min(10),
};

/**
 * content/worksheet.yaml: the one-page participant worksheet. Answers live beside the
 * questions; the worksheet prints only the questions, the trainer's guide shows the answers.
 */
export const worksheetSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  /** Labels of the write-in fields at the top of the sheet, e.g. Name and Date. */
  fields: z.array(z.string().min(2)).min(1).max(3),
  classify: z.object({
    ...part,
    /** The three choices, in the order client, customer, both. */
    choices: z.object({ client: z.string(), customer: z.string(), both: z.string() }),
    /** Column headings: the business, the tick boxes, the write-in reason. */
    columns: z.tuple([z.string(), z.string(), z.string()]),
    businesses: z
      .array(
        z.object({
          description: z.string().min(20).max(160),
          answer: z.enum(['client', 'customer', 'both']),
          /** The reason a good answer gives, for the trainer. */
          reason: z.string().min(20),
          /** Where the group can check it. */
          check: showLinkSchema,
        }),
      )
      .length(3, 'the worksheet has room for exactly three businesses'),
  }),
  compare: z.object({
    ...part,
    /** Column headings: the point, then the client and customer columns. */
    columns: z.tuple([z.string(), z.string(), z.string()]),
    rows: z
      .array(
        z.object({
          point: z.string().min(3),
          client: z.string().min(3),
          customer: z.string().min(3),
          /** Printed filled in, as a worked example; other rows print blank. */
          example: z.boolean().default(false),
        }),
      )
      .min(3)
      .max(6, 'more than six rows will not fit on one page'),
  }),
  convert: z.object({
    ...part,
    prompts: z
      .array(z.object({ prompt: z.string().min(5), lines: z.number().int().min(1).max(2).default(1) }))
      .min(3)
      .max(8, 'more than eight prompts will not fit on one page'),
    /** What a strong plan contains, for the trainer. */
    strongPlan: z.array(z.string().min(10)).min(2),
  }),
  /** Small print at the foot of the sheet. */
  footer: z.string().min(5),
});

export type Worksheet = z.output<typeof worksheetSchema>;
