import { describe, expect, it } from 'vitest';
import { conversionInputsSchema } from '../../src/schemas/conversion-inputs.ts';
import { simulatorPresetSchema } from '../../src/schemas/simulator-preset.ts';
import { simulatorPageSchema } from '../../src/schemas/simulator-page.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('simulator content', () => {
  it('the page text and every example pass their schemas', () => {
    // simulatorPage() itself parses content/simulator.mdx with its schema, and throws if it fails.
    expect(simulatorPage().title).not.toBe('');
    for (const preset of simulatorPresets()) expect(messages(simulatorPresetSchema.safeParse(preset)), preset.id).toEqual([]);
  });

  it('refuses example figures out of range, missing, misspelt or over 100% together, naming the field', () => {
    const good = simulatorPage().defaults;
    expect(messages(conversionInputsSchema.safeParse({ ...good, months: 0 }))).toEqual(['months: months must be from 1 to 120']);
    expect(messages(conversionInputsSchema.safeParse({ ...good, customers: 10.5 }))).toEqual([
      'customers: customers must be a whole number',
    ]);
    const { clientFee, ...missing } = good;
    expect(messages(conversionInputsSchema.safeParse(missing))[0]).toMatch(/^clientFee: /);
    expect(messages(conversionInputsSchema.safeParse({ ...good, clientfee: clientFee }))[0]).toMatch(/clientfee/);
    expect(messages(conversionInputsSchema.safeParse({ ...good, customerChurn: 0.9, conversionRate: 0.2 }))).toEqual([
      'conversionRate: customerChurn + conversionRate must not exceed 1',
    ]);
  });

  it('insists that every input has a label', () => {
    const page = simulatorPage();
    const groups = page.groups.map((g) => ({ ...g, inputs: g.inputs.filter((i) => i.name !== 'months') }));
    expect(messages(simulatorPageSchema.safeParse({ ...page, groups })).join()).toMatch(/missing months/);
  });
});
