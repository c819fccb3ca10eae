import { z } from 'astro/zod';

/**
 * One page's link-preview card in content/link-cards.yaml, keyed by the page's path
 * ("/quiz/result/hybrid/"). Lessons are not listed: their cards come from the lessons.
 */
export const linkCardSchema = z
  .object({
    /** The small line above the title: "Glossary", "Tool · Simulator", "Quiz result". */
    section: z.string().min(2).max(40),
    /** The large line; keep it short enough to read on a phone-sized preview. */
    title: z.string().min(2).max(90),
    /** Colours the card for a page about one side: client, customer, or both. */
    tone: z.enum(['client', 'customer', 'both']).optional(),
  })
  .strict();

export type LinkCardData = z.output<typeof linkCardSchema>;
