import { describe, expect, it } from 'vitest';
import {
  INPUT_NAMES,
  INPUT_SPECS,
  checkInput,
  checkInputs,
  parseTypedNumber,
  sliderPosition,
  sliderRange,
  valueAtSlider,
  toDisplayUnits,
  fromDisplayUnits,
  type ConversionInputs,
} from '../../src/lib/conversion-inputs.ts';
import { SHOP_INPUTS } from '../simulator-inputs.ts';

const inputs: ConversionInputs = { ...SHOP_INPUTS };

describe('typed numbers', () => {
  it.each([
    ['1200', 1200],
    [' 1,200 ', 1200],
    ['1,200,000', 1200000],
    ['8 %', 8],
    ['£40', 40],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['-3', -3],
  ])('reads %j as %d', (text, value) => expect(parseTypedNumber(text)).toBe(value));

  it.each(['', 'abc', '12abc', '1,2', '1.2.3', 'Infinity', 'NaN', '1e3', '--1'])('refuses %j', (text) => {
    expect(parseTypedNumber(text)).toBeNaN();
  });
});

describe('checking inputs', () => {
  it('accepts the default scenario', () => expect(checkInputs(inputs)).toEqual([]));

  it('gives the field and its range for a value out of range or not whole', () => {
    expect(checkInput('months', 0, inputs)).toEqual({ field: 'months', reason: 'out-of-range', min: 1, max: 120 });
    expect(checkInput('customers', 10.5, inputs)).toEqual({ field: 'customers', reason: 'not-whole', min: 0, max: 100000 });
    expect(checkInput('orderValue', Number.NaN, inputs)).toMatchObject({ reason: 'not-a-number' });
  });

  it('narrows conversion so that churn plus conversion stays within 100%', () => {
    const churny = { ...inputs, customerChurn: 0.9 };
    expect(checkInput('conversionRate', 0.1, churny)).toBeNull();
    expect(checkInput('conversionRate', 0.11, churny)).toEqual({ field: 'conversionRate', reason: 'rates-over-one', min: 0, max: 0.1 });
    expect(checkInputs({ ...churny, conversionRate: 0.2 })).toHaveLength(1);
  });
});

describe('display units and sliders', () => {
  it('shows rates as clean percentages and reads them back', () => {
    expect(toDisplayUnits('customerChurn', 0.07)).toBe(7);
    expect(fromDisplayUnits('conversionRate', 0.7)).toBe(0.007);
    expect(toDisplayUnits('customers', 1200)).toBe(1200);
  });

  it('maps every slider position to a valid value, in order, and each value back to about itself', () => {
    for (const name of INPUT_NAMES) {
      const { min, max, step } = sliderRange(name);
      let previous = -Infinity;
      for (let p = min; p <= max; p += step) {
        const value = valueAtSlider(name, p);
        expect(checkInput(name, value, { ...inputs, customerChurn: 0, conversionRate: 0 })).toBeNull();
        expect(value).toBeGreaterThanOrEqual(previous);
        previous = value;
        const back = valueAtSlider(name, sliderPosition(name, value));
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.max(INPUT_SPECS[name].step, 0.02 * value) + 1e-9);
      }
    }
  });

  it('gives the low end of wide ranges room on the slider', () => {
    expect(valueAtSlider('customers', 100)).toBe(1000);
    expect(valueAtSlider('customers', 1000)).toBe(100000);
    expect(valueAtSlider('customers', 0)).toBe(0);
  });
});
