import { z } from 'astro/zod';
import { INPUT_NAMES, INPUT_SPECS, checkInputs, type ConversionInputs, type InputName } from '../lib/conversion-inputs.ts';

function fieldSchema(name: InputName) {
  const { min, max, whole, kind } = INPUT_SPECS[name];
  const range = kind === 'rate' ? `${min} to ${max} (a fraction: 0.08 means 8%)` : `${min} to ${max}`;
  const number = z.number({ error: `${name} must be a number from ${range}` });
  const ranged = number.min(min, `${name} must be from ${range}`).max(max, `${name} must be from ${range}`);
  return whole ? ranged.int(`${name} must be a whole number`) : ranged;
}

/** A full set of simulator inputs, each within its range, in model units (rates as fractions). */
export const conversionInputsSchema = z
  .strictObject(Object.fromEntries(INPUT_NAMES.map((name) => [name, fieldSchema(name)])) as Record<InputName, z.ZodNumber>)
  .superRefine((inputs, ctx) => {
    for (const problem of checkInputs(inputs as ConversionInputs)) {
      if (problem.reason === 'rates-over-one') {
        ctx.addIssue({ code: 'custom', path: ['conversionRate'], message: 'customerChurn + conversionRate must not exceed 1' });
      }
    }
  });
