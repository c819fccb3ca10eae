import { describe, expect, it } from 'vitest';
import { buildSiteWith } from './build-site.ts';

const buildWith = (fixture: string) => buildSiteWith(`test/fixtures/${fixture}`);

describe('bad content stops the build', () => {
  it('names the lesson file and the field when a title is missing', async () => {
    const { ok, output } = await buildWith('missing-title');
    expect(ok).toBe(false);
    expect(output).toMatch(/untitled/);
    expect(output).toMatch(/title/);
  });

  it('names the lesson file and the id when a citation names an unknown source', async () => {
    const { ok, output } = await buildWith('unknown-source');
    expect(ok).toBe(false);
    expect(output).toMatch(/miscited\.mdx/);
    expect(output).toMatch(/no-such-article/);
  });

  it('names the criteria file and the field when a comparison row leaves one out', async () => {
    const { ok, output } = await buildWith('criterion-missing-field');
    expect(ok).toBe(false);
    expect(output).toMatch(/criteria\.yaml/);
    expect(output).toMatch(/customer/);
  });

  it('names the examples file and the field when a simulator example has an impossible value', async () => {
    const { ok, output } = await buildWith('bad-preset');
    expect(ok).toBe(false);
    expect(output).toMatch(/simulator-presets\.yaml/);
    expect(output).toMatch(/customerChurn/);
  });
});
