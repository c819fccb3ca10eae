import { z } from 'astro/zod';
import { INPUT_NAMES } from '../lib/conversion-inputs.ts';
import { conversionInputsSchema } from './conversion-inputs.ts';

const text = z.string().min(2);
const metric = z.object({ label: text, help: text.optional() });

const inputText = z.object({
  /** The input's query-parameter name. */
  name: z.enum(INPUT_NAMES),
  label: text,
  /** Shown before the number box, e.g. "£". */
  prefix: z.string().default(''),
  /** Short unit shown after the number box, e.g. "% a month". */
  unit: z.string().default(''),
  /** One line on what the number means. */
  help: text,
});

/** content/simulator.mdx: everything the simulator page says; its body explains the model. */
export const simulatorPageSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  intro: text,
  /** The lesson that leads into the simulator. */
  lesson: z.object({ label: text, href: z.string().startsWith('/lessons/') }),
  /** Says the example figures are made up. */
  illustrative: text,
  locale: z.string().min(2),
  currency: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as GBP'),
  /** The starting scenario, shown before anyone changes a number and after Reset. */
  defaults: conversionInputsSchema,
  groups: z
    .array(z.object({ title: text, inputs: z.array(inputText).min(1) }))
    .min(1)
    .superRefine((groups, ctx) => {
      const listed = groups.flatMap((g) => g.inputs.map((i) => i.name));
      const missing = INPUT_NAMES.filter((n) => !listed.includes(n));
      const twice = listed.filter((n, i) => listed.indexOf(n) !== i);
      if (missing.length) ctx.addIssue({ code: 'custom', message: `every input needs a label: missing ${missing.join(', ')}` });
      if (twice.length) ctx.addIssue({ code: 'custom', message: `inputs listed more than once: ${twice.join(', ')}` });
    }),
  metrics: z.strictObject({
    customers: metric,
    clients: metric,
    totalRevenue: metric,
    cumulativeProfit: metric,
    baselineProfit: metric,
    profitDifference: metric,
    paybackMonth: metric,
    customerLtv: metric,
    clientLtv: metric,
  }),
  charts: z.object({
    revenue: z.object({ title: text, summary: text, customers: text, clients: text }),
    profit: z.object({ title: text, summary: text, with: text, without: text }),
  }),
  table: z.object({
    summary: text,
    caption: text,
    month: text,
    customers: text,
    clients: text,
    customerRevenue: text,
    clientRevenue: text,
    profit: text,
    cumulativeProfit: text,
    baselineCumulativeProfit: text,
  }),
  /** Shown only without JavaScript, in place of the controls (the island never receives these). */
  withoutScript: z.object({ inputsTitle: text, examplesNote: text }),
});

export type SimulatorPage = z.output<typeof simulatorPageSchema>;
