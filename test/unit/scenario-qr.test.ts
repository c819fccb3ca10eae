import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { parse } from 'yaml';
import { INPUT_NAMES, INPUT_SPECS, type ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { encodeScenario } from '../../src/lib/scenario-url.ts';

const presets: { id: string; inputs: ConversionInputs }[] = parse(
  readFileSync(new URL('../../content/simulator-presets.yaml', import.meta.url), 'utf8'),
);
// The address the README's deployment example builds for, with its base path.
const ORIGIN = 'https://example.org/client-or-customer/';
const qrVersion = (query: string) => encode(`${ORIGIN}simulator/?${query}`, { ecc: 'M' }).version;

/** The longest figure each input can take at the precision its slider and arrow keys move in. */
const longest = Object.fromEntries(
  INPUT_NAMES.map((name) => {
    const { max, step, whole } = INPUT_SPECS[name];
    const decimals = whole ? 0 : Math.max(0, -Math.floor(Math.log10(step)));
    return [name, Number((max - step * (max > 1 ? 1 : 3)).toFixed(decimals))];
  }),
) as ConversionInputs;

describe('a scenario link fits a QR code a projector can show (version 6 at most, error correction M)', () => {
  it.each(presets.map((p) => [p.id, p.inputs] as const))('%s, once one figure is changed', (_id, inputs) => {
    const changed = { ...inputs, customers: inputs.customers + 1 };
    expect(qrVersion(encodeScenario(changed, null))).toBeLessThanOrEqual(6);
  });

  it('the longest scenario a reader can set with the sliders', () => {
    expect(qrVersion(encodeScenario(longest, null))).toBeLessThanOrEqual(6);
  });
});
