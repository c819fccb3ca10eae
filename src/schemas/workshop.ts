import { z } from 'astro/zod';
import { LINK_FORMATS, parseWorkshopPath } from '../lib/workshop-links.ts';
import { totalMinutes } from '../lib/session-plan.ts';

/** A page or tool state to put on the screen, in one of the formats of src/lib/workshop-links.ts. */
export const showLinkSchema = z.object({
  /** What the link says, e.g. "The bank case". */
  label: z.string().min(2),
  /** Root-relative path; the base path is added when the page is built. */
  path: z.string().refine((p) => parseWorkshopPath(p) !== undefined, {
    error: (issue) => `"${issue.input}" is not a link the guide can show; use one of: ${LINK_FORMATS.join(', ')}`,
  }),
});

const stepSchema = z.object({
  minutes: z.number().int().positive().max(60),
  /** A few words, shown as the step's heading. */
  title: z.string().min(3),
  /** What the trainer and the group do. */
  do: z.string().min(20),
  /** What to put on the screen while they do it. */
  show: z.array(showLinkSchema).min(1, 'every step needs at least one link to show'),
  /** The part of the worksheet this step uses, if any. */
  worksheet: z.enum(['classify', 'compare', 'convert']).optional(),
});

const planSchema = z
  .object({
    /** Anchor on the guide page: /workshop/#<id>. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    title: z.string().min(3),
    /** The length the plan promises; its steps must add up to it. */
    minutes: z.number().int().positive(),
    /** Who it suits and what the group leaves with. */
    summary: z.string().min(20),
    steps: z.array(stepSchema).min(2),
  })
  .refine((plan) => totalMinutes(plan.steps) === plan.minutes, {
    error: (issue) => {
      const plan = issue.input as { minutes: number; steps: { minutes: number }[] };
      return `the steps add up to ${totalMinutes(plan.steps)} minutes, but the plan says ${plan.minutes}`;
    },
    path: ['steps'],
  });

/** content/workshop.yaml: the trainer's guide, read top to bottom like the page. */
export const workshopGuideSchema = z.object({
  title: z.string().min(3),
  /** Meta description and search snippet. */
  description: z.string().min(20).max(200),
  intro: z.string().min(20),
  /** Things to get ready before the session. */
  prepare: z.array(z.string().min(5)).min(1),
  plans: z.array(planSchema).min(1),
  questions: z
    .array(
      z.object({
        question: z.string().min(10),
        /** What a good answer touches on, for the trainer. */
        listenFor: z.string().min(10),
        /** The section to open if the group wants the background. */
        background: showLinkSchema,
      }),
    )
    .min(3),
  tips: z.array(z.object({ title: z.string().min(3), text: z.string().min(20) })).min(3),
  /** The download of the course as a SCORM package, for a learning system. */
  lms: z.object({
    title: z.string().min(3),
    text: z.string().min(20),
    /** The download link's words. */
    link: z.string().min(3),
    /** The note beside it; {size} becomes the file's size when the package is built. */
    size: z.string().includes('{size}'),
  }),
});

export type WorkshopGuide = z.output<typeof workshopGuideSchema>;
export type SessionPlan = WorkshopGuide['plans'][number];
export type ShowLink = z.output<typeof showLinkSchema>;
