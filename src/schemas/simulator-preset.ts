import { z } from 'astro/zod';
import { conversionInputsSchema } from './conversion-inputs.ts';

/** One example scenario in content/simulator-presets.yaml, linked as /simulator/?preset=<id>. */
export const simulatorPresetSchema = z.object({
  /** Stable id: other pages link to it, so renaming one breaks their links. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** Button label, e.g. "A gym adds personal training". */
  name: z.string().min(5).max(60),
  /** Two or three sentences in our words: the business, the client offer, and why the numbers look as they do. */
  description: z.string().min(40),
  /** Ids from content/sources.yaml of the articles the example comes from. */
  sources: z.array(z.string()).min(1),
  /** A lesson section that discusses this kind of business: /lessons/<id>/#<heading>. */
  lesson: z.object({ label: z.string().min(3), href: z.string().regex(/^\/lessons\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/) }).optional(),
  /** Made-up figures for every input, in model units (rates as fractions). */
  inputs: conversionInputsSchema,
});

export type SimulatorPreset = z.output<typeof simulatorPresetSchema>;
