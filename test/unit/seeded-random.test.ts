import { describe, expect, it } from 'vitest';
import { MAX_SEED, newSeed, parseSeed, seededRandom, seededShuffle } from '../../src/lib/seeded-random.ts';

// A round's link carries its seed: the same seed must give the same numbers, and so the same
// businesses in the same order, in every browser and after every release.
describe('a seeded round', () => {
  it('gives the same numbers for a seed, today and in every later release', () => {
    const random = seededRandom(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('shuffles the same way for a seed, and keeps every item exactly once', () => {
    expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f'], 7).join('')).toBe('ebcdfa');
    expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f'], 8).sort().join('')).toBe('abcdef');
  });

  it('draws a fresh seed across the whole range a link may carry', () => {
    expect(newSeed(() => 0)).toBe(1);
    expect(newSeed(() => 0.5)).toBe(500_000);
    expect(newSeed(() => 0.999_999_999)).toBe(MAX_SEED);
  });

  it('reads a seed from a link only as a whole number from 1 to the largest', () => {
    expect(parseSeed('7')).toBe(7);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
    for (const text of [null, undefined, '', '0', '-3', '1.5', '07', '1e3', '1000000', 'seven'])
      expect(parseSeed(text), String(text)).toBeNull();
  });
});
