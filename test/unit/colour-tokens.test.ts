import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const fallback = css.slice(css.indexOf('@supports not (color: light-dark('));
const [lightBlock = '', darkBlock = ''] = fallback.split('@media (prefers-color-scheme: dark)');
const declared = (block: string) => Object.fromEntries([...block.matchAll(/(--[\w-]+): (#[0-9a-f]+);/g)].map((m) => [m[1], m[2]]));

describe('colour tokens for engines without light-dark()', () => {
  const pairs = [...css.matchAll(/(--[\w-]+): light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\);/g)];

  it('cover every colour, light by default and dark for a dark scheme, with the same values', () => {
    expect(pairs.length).toBeGreaterThan(10);
    expect(declared(lightBlock)).toEqual(Object.fromEntries(pairs.map((m) => [m[1], m[2]])));
    expect(declared(darkBlock)).toEqual(Object.fromEntries(pairs.map((m) => [m[1], m[3]])));
  });

  it('are the only colours written with light-dark(), so no other sheet goes blank in those engines', () => {
    const styles = new URL('../../src/styles/', import.meta.url);
    const others = readdirSync(styles).filter((f) => f.endsWith('.css') && f !== 'tokens.css');
    expect(others.length).toBeGreaterThan(3);
    for (const file of others) expect(readFileSync(new URL(file, styles), 'utf8'), file).not.toContain('light-dark(');
  });
});
