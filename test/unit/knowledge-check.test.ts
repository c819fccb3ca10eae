import { describe, expect, it } from 'vitest';
import { listSeparator, readCheckLink, roundCount, roundOf, verdictGroups } from '../../src/lib/knowledge-check.ts';
import { parseSeed, seededRandom, seededShuffle } from '../../src/lib/seeded-random.ts';

const items: { id: string; answer: 'client' }[] = Array.from({ length: 31 }, (_, i) => ({
  id: `b${String(i).padStart(2, '0')}`,
  answer: 'client',
}));

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles without losing or repeating items', () => {
    const shuffled = seededShuffle(items, 7);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x.id.localeCompare(y.id))).toEqual(items);
  });

  it.each([
    ['42', 42],
    ['999999', 999999],
    ['0', null],
    ['-3', null],
    ['1.5', null],
    ['abc', null],
    ['1000000', null],
    ['', null],
    [null, null],
  ])('reads seed %s as %s', (text, seed) => expect(parseSeed(text)).toBe(seed));
});

describe('rounds', () => {
  it('deals the same ten for the same seed, whatever order the content lists them in', () => {
    const round = roundOf(items, 42).map((i) => i.id);
    expect(round).toHaveLength(10);
    expect(roundOf([...items].reverse(), 42).map((i) => i.id)).toEqual(round);
    expect(roundOf(items, 43).map((i) => i.id)).not.toEqual(round);
  });

  it('meets every example across the rounds of one seed, topping up a short last round', () => {
    expect(roundCount(items.length)).toBe(4);
    const seen = new Set<string>();
    for (let r = 1; r <= 4; r++) {
      const round = roundOf(items, 5, r);
      expect(round).toHaveLength(10);
      expect(new Set(round.map((i) => i.id)).size).toBe(10);
      round.forEach((i) => seen.add(i.id));
    }
    expect(seen.size).toBe(items.length);
  });

  it('deals everything when there are fewer examples than a round', () => {
    expect(roundOf(items.slice(0, 4), 1)).toHaveLength(4);
    expect(roundOf([], 1)).toEqual([]);
  });
});

describe('readCheckLink', () => {
  const random = () => 0.5;
  it('keeps a good seed and round', () => {
    expect(readCheckLink('?seed=42&round=3', 31, random)).toEqual({ seed: 42, round: 3, shared: true, damaged: false });
  });
  it('makes a new seed when there is none, without a notice', () => {
    expect(readCheckLink('', 31, random)).toMatchObject({ shared: false, damaged: false, round: 1 });
  });
  it.each(['?seed=abc', '?seed=0', '?seed=99999999', '?seed=42&round=9', '?seed=42&round=x'])(
    'flags %s and still gives a usable round',
    (search) => {
      const link = readCheckLink(search, 31, random);
      expect(link.damaged).toBe(true);
      expect(parseSeed(String(link.seed))).toBe(link.seed);
      expect(link.round).toBeGreaterThanOrEqual(1);
    },
  );
});

describe('wording helpers', () => {
  it('groups verdicts for a sentence, in the order first said', () => {
    const v = [
      { says: 'client' as const, n: 'A' },
      { says: 'customer' as const, n: 'B' },
      { says: 'client' as const, n: 'C' },
    ];
    expect(verdictGroups(v).map((g) => [g.says, g.sources.map((s) => s.n)])).toEqual([
      ['client', ['A', 'C']],
      ['customer', ['B']],
    ]);
    expect([0, 1, 2].map((i) => listSeparator(i, 3, 'and'))).toEqual(['', ', ', ' and ']);
    expect([0, 1].map((i) => listSeparator(i, 2, 'and'))).toEqual(['', ' and ']);
  });
});
