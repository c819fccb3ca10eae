import { describe, expect, it } from 'vitest';
import { buildSiteWith } from './build-site.ts';

describe('bad map content stops the build', () => {
  it('names the map file, the business and the field when a score is off the 0–100 scale', async () => {
    const { ok, output: coloured } = await buildSiteWith('test/fixtures/map-score-out-of-range');
    // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
    const output = coloured.replace(/\u001b\[[0-9;]*m/g, ''); // the error names the field in bold
    expect(ok).toBe(false);
    expect(output).toMatch(/map-score-out-of-range\/map\.yaml/);
    expect(output).toMatch(/law-firm/);
    expect(output).toMatch(/placements\.0\.tailoring\.score: scores run from 0 to 100/);
  });

  // The build runs every cross-check rule and lists every problem (each rule alone: cross-checks.test.ts).
  it('lists every cross-check problem at once, each naming the file and the field', async () => {
    const { ok, output } = await buildSiteWith('test/fixtures/map-unknown-reference');
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/map\.yaml: no-such-business: "no-such-business" is not a business in content\/examples\.yaml/);
    expect(output).toMatch(/content\/map\.yaml: law-firm\.placements\[0\]\.tailoring\.source: unknown source "no-such-article"/);
    expect(output).toMatch(/content\/map\.yaml: gym: "gym" from content\/examples\.yaml has no place on the map/);
  });
});
