import { z } from 'astro/zod';

/** The two axes of the client–customer map. */
export const MAP_AXES = ['tailoring', 'relationship'] as const;
export type MapAxis = (typeof MAP_AXES)[number];

/** A position on one axis, 0 to 100: the site's own score, with the reason for it. */
const axisPlacementSchema = z.object({
  /** 0 = standard goods / a one-off, non-exclusive purchase; 100 = customised professional help / an ongoing, exclusive, contracted relationship. */
  score: z.number().int('use a whole number').min(0, 'scores run from 0 to 100').max(100, 'scores run from 0 to 100'),
  /** One short sentence, in our words. */
  reason: z.string().min(10).max(220),
  /** Id from content/sources.yaml of the article that says what the reason says; leave it out where the reason is our own judgement. */
  source: z.string().optional(),
});

const placementSchema = z.object({
  /** For a business the articles place differently: the id of the article whose view this point draws. */
  view: z.string().optional(),
  tailoring: axisPlacementSchema,
  relationship: axisPlacementSchema,
});

/** One business of content/examples.yaml, placed on the map (content/map.yaml). */
export const mapPlacementSchema = z
  .object({
    /** The business's id in content/examples.yaml. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use the business id from content/examples.yaml'),
    /** Short name drawn beside the point, e.g. "Law firm". */
    label: z.string().min(2).max(22),
    /** One point; or, where the articles disagree, one point per article view. */
    placements: z.array(placementSchema).min(1).max(3),
  })
  .refine((b) => b.placements.length === 1 || b.placements.every((p) => p.view), {
    message: 'a business drawn more than once needs a "view" (the article id) on every placement',
    path: ['placements'],
  })
  .refine((b) => new Set(b.placements.map((p) => p.view)).size === b.placements.length, {
    message: 'two placements of one business name the same view',
    path: ['placements'],
  });

/** Everything else the map needs (content/map-page.yaml): its wording, contrasts and quiz link. Its axes and regions are the test's (content/the-test.yaml). */
export const mapPageSchema = z.object({
  title: z.string().min(5),
  description: z.string().min(20),
  question: z.string().min(10),
  lede: z.string().min(20),
  ourModel: z.string().min(20),
  /** Two businesses the articles set against each other, joined on the map when either is selected. */
  contrasts: z.array(
    z.object({ between: z.tuple([z.string(), z.string()]), text: z.string().min(20), sources: z.array(z.string()).min(1) }),
  ),
  /** Which quiz questions (ids in content/quiz.yaml) move the reader's point along which axis. */
  quizAxes: z.object({ tailoring: z.array(z.string()).min(1), relationship: z.array(z.string()).min(1) }),
});

export type MapPlacementEntry = z.output<typeof mapPlacementSchema>;
export type MapPageContent = z.output<typeof mapPageSchema>;
