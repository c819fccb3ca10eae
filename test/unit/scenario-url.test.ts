import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, matchingPreset } from '../../src/lib/scenario-url.ts';
import { INPUT_NAMES, INPUT_SPECS, roundModel, type ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { SHOP_INPUTS } from '../simulator-inputs.ts';

const defaults: ConversionInputs = { ...SHOP_INPUTS };
const gym = { ...defaults, customers: 1200, clientFee: 240 };
const presets = new Map([['gym-personal-training', gym]]);

describe('scenario links', () => {
  it('round-trips any valid scenario, with and without a preset', () => {
    let seed = 3;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const inputs = {} as ConversionInputs;
      for (const name of INPUT_NAMES) {
        const { min, max, step } = INPUT_SPECS[name];
        inputs[name] = roundModel(Math.round((min + next() * (max - min)) / step) * step);
      }
      if (inputs.customerChurn + inputs.conversionRate > 1) inputs.customerChurn = roundModel(1 - inputs.conversionRate);
      const decoded = decodeScenario(`?${encodeScenario(inputs)}`, defaults, presets);
      expect(decoded).toEqual({ inputs, preset: null, notices: [], rejected: [] });
    }
    const preset = decodeScenario(`?${encodeScenario(gym, 'gym-personal-training')}`, defaults, presets);
    expect(preset).toEqual({ inputs: gym, preset: 'gym-personal-training', notices: [], rejected: [] });
  });

  it('keeps a figure typed finer than a slider step, named beside the code', () => {
    const inputs = { ...defaults, orderValue: 12.34, customerChurn: 0.0125 };
    const query = encodeScenario(inputs);
    expect(query).toMatch(/^s=[\w-]+&orderValue=12\.34&customerChurn=0\.0125$/);
    expect(decodeScenario(`?${query}`, defaults, presets).inputs).toEqual(inputs);
  });

  it('says so when a code was cut short or changed, and uses the defaults', () => {
    const code = encodeScenario({ ...defaults, customers: 4321 }).slice(2);
    for (const bad of [code.slice(0, -1), code.slice(1), `${code}A`, code.replace(/^./, (c) => (c === 'B' ? 'C' : 'B')), '', 'x y']) {
      const d = decodeScenario(`?s=${encodeURIComponent(bad)}`, defaults, presets);
      expect(d.inputs).toEqual(defaults);
      expect(d.notices).toEqual([{ kind: 'unknown-parameter', name: 's' }]);
    }
    // A named input counts over the code's.
    expect(decodeScenario(`?s=${code}&customers=50`, defaults, presets).inputs.customers).toBe(50);
  });

  it('still reads links made before "cost to onboard" became "cost to win"', () => {
    const decoded = decodeScenario('?onboardingCost=750&customerCac=12', defaults, presets);
    expect(decoded).toEqual({
      inputs: { ...defaults, clientCostToWin: 750, customerCostToWin: 12 },
      preset: null,
      notices: [],
      rejected: [],
    });
    // The new name wins when a link has both.
    expect(decodeScenario('?onboardingCost=750&clientCostToWin=900', defaults, presets).inputs.clientCostToWin).toBe(900);
  });

  it('writes a changed scenario as one short code, and a preset shown as it is by its name', () => {
    expect(encodeScenario({ ...defaults, customerChurn: 0.08 })).toMatch(/^s=[\w-]{20,32}$/);
    expect(encodeScenario(gym, 'gym-personal-training')).toBe('preset=gym-personal-training');
  });

  it('takes a preset as the base and lets named values override it', () => {
    const d = decodeScenario('?preset=gym-personal-training&months=12', defaults, presets);
    expect(d.inputs).toEqual({ ...gym, months: 12 });
    expect(d.preset).toBe('gym-personal-training');
    expect(d.notices).toEqual([]);
  });

  it('reports an unknown preset and unknown parameters, and uses the defaults', () => {
    const d = decodeScenario('?preset=space-tourism&utm_source=mail&colour=red&colour=blue', defaults, presets);
    expect(d.inputs).toEqual(defaults);
    expect(d.preset).toBeNull();
    expect(d.notices).toEqual([
      { kind: 'unknown-preset', id: 'space-tourism' },
      { kind: 'unknown-parameter', name: 'utm_source' },
      { kind: 'unknown-parameter', name: 'colour' },
    ]);
  });

  it('leaves alone the parameters of site-wide features: presentation mode and search highlighting', () => {
    const d = decodeScenario('?present=1&highlight=client&months=12', defaults, presets);
    expect(d.inputs).toEqual({ ...defaults, months: 12 });
    expect(d.notices).toEqual([]);
    expect(d.rejected).toEqual([]);
  });

  it.each([
    ['customers', 'abc', 'not-a-number'],
    ['customers', '', 'not-a-number'],
    ['customers', 'Infinity', 'not-a-number'],
    ['customers', 'NaN', 'not-a-number'],
    ['customers', '1e3', 'not-a-number'],
    ['customers', '0x10', 'not-a-number'],
    ['customers', '12.5', 'not-whole'],
    ['customers', '-5', 'out-of-range'],
    ['customers', '999999999', 'out-of-range'],
    ['months', '0', 'out-of-range'],
    ['months', '121', 'out-of-range'],
    ['customerChurn', '8', 'out-of-range'],
    ['conversionRate', '0.5', 'out-of-range'],
    ['clientFee', '30000', 'out-of-range'],
  ])('rejects %s=%s (%s), keeping the other values', (field, raw, reason) => {
    const d = decodeScenario(`?clients=3&${field}=${encodeURIComponent(raw)}`, defaults, presets);
    expect(d.rejected).toEqual([{ problem: expect.objectContaining({ field, reason }), raw }]);
    expect(d.inputs).toEqual({ ...defaults, clients: 3 });
    for (const v of Object.values(d.inputs)) expect(Number.isFinite(v)).toBe(true);
  });

  it('rejects a parameter given twice instead of guessing which one was meant', () => {
    const d = decodeScenario('?customers=10&customers=20', defaults, presets);
    expect(d.rejected).toEqual([{ problem: expect.objectContaining({ field: 'customers', reason: 'not-a-number' }), raw: '10, 20' }]);
    expect(d.inputs.customers).toBe(defaults.customers);
  });

  it('keeps churn and conversion together within 100%, dropping the conversion rate first', () => {
    const d = decodeScenario('?customerChurn=0.9&conversionRate=0.2', defaults, presets);
    expect(d.inputs.customerChurn).toBe(0.9);
    expect(d.inputs.conversionRate).toBe(defaults.conversionRate);
    expect(d.rejected).toEqual([{ problem: { field: 'conversionRate', reason: 'rates-over-one', min: 0, max: 0.1 }, raw: '0.2' }]);

    const churnOnly = decodeScenario('?customerChurn=1', defaults, presets);
    expect(churnOnly.inputs.customerChurn).toBe(defaults.customerChurn);
    expect(churnOnly.rejected[0].problem).toMatchObject({ field: 'customerChurn', reason: 'rates-over-one', max: 0.99 });
  });

  it('names the preset a scenario still matches, and none once it is changed', () => {
    expect(matchingPreset(gym, presets)).toBe('gym-personal-training');
    expect(matchingPreset({ ...gym, months: 13 }, presets)).toBeNull();
  });
});
