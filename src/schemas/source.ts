import { z } from 'astro/zod';

/** One source article, in content/sources.yaml. */
export const sourceSchema = z.object({
  /** Stable id that lessons cite: <Cite id="…" />. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** The article's title, as the article gives it. */
  title: z.string().min(3),
  /** Who published it, where the article names itself. */
  publisher: z.string().optional(),
  /** A few words to name it in tight spaces, such as a table cell. */
  shortName: z.string().max(30).optional(),
  /** What sort of site it comes from, in a few words. */
  kind: z.string(),
  /** Publication or last-modified date, where the article gives one. */
  date: z.coerce.date().optional(),
  /** What the article is strongest on, in our words. */
  covers: z.string().min(10),
  /** File name of the article's text in the shared source folder. */
  file: z.string(),
});

export type SourceData = z.output<typeof sourceSchema>;
