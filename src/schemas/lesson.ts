import { z } from 'astro/zod';

/** Frontmatter of a lesson in content/lessons/*.mdx. Sources are not listed here: they come from its <Cite> elements. */
export const lessonSchema = z.object({
  /** Shown as the page's h1 and <title>. */
  title: z.string().min(3),
  /** One or two sentences: the meta description and the lessons index blurb. */
  description: z.string().min(20).max(200),
  /** Position in the course, from 1; lessons are read in this order. */
  order: z.number().int().positive(),
  /** Optional one-paragraph summary shown above the text. */
  summary: z.string().optional(),
  /** What the reader should remember; rendered as "Key takeaways" after the text. */
  takeaways: z.array(z.string().min(5)).default([]),
  /** The interactive page that lets the reader practise this lesson. */
  tryIt: z.object({ label: z.string(), href: z.string().startsWith('/') }).optional(),
});

export type LessonData = z.output<typeof lessonSchema>;
