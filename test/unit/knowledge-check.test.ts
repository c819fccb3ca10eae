import { describe, expect, it } from 'vitest';
import {
  acceptedAnswers,
  isAccepted,
  judge,
  listSeparator,
  readCheckLink,
  roundCount,
  roundOf,
  scoreRound,
  sourcesDisagree,
  verdictGroups,
  type CheckItem,
} from '../../src/lib/knowledge-check.ts';
import { parseSeed, seededRandom, seededShuffle } from '../../src/lib/seeded-random.ts';

const items: CheckItem[] = Array.from({ length: 31 }, (_, i) => ({ id: `b${String(i).padStart(2, '0')}`, answer: 'client' }));

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

describe('answers and score', () => {
  const law: CheckItem = { id: 'law', answer: 'client' };
  const saas: CheckItem = { id: 'saas', answer: 'depends', disagreement: 'They differ.' };
  const gym: CheckItem = { id: 'gym', answer: 'customer', disagreement: 'One source says otherwise.' };

  it('accepts the taught answer, and "depends" where the sources disagree', () => {
    expect(isAccepted(law, 'client')).toBe(true);
    expect(isAccepted(law, 'depends')).toBe(false);
    expect(isAccepted(saas, 'depends')).toBe(true);
    expect(isAccepted(saas, 'customer')).toBe(false);
    expect(isAccepted(gym, 'customer')).toBe(true);
    expect(isAccepted(gym, 'depends')).toBe(true);
    expect(isAccepted(gym, 'client')).toBe(false);
  });

  it('scores a round and lists the missed ones, counting skipped ones as missed', () => {
    const score = scoreRound([law, saas, gym], { law: 'client', saas: 'client' });
    expect(score).toEqual({ right: 1, total: 3, missed: [saas, gym] });
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

describe('what counts as right', () => {
  const agreed: CheckItem = { id: 'law-firm', answer: 'client', verdicts: [{ says: 'client' }, { says: 'client' }] };
  const saas: CheckItem = {
    id: 'saas',
    answer: 'depends',
    disagreement: 'They differ.',
    verdicts: [{ says: 'customer' }, { says: 'client' }],
  };
  const bank: CheckItem = { id: 'bank', answer: 'depends', verdicts: [{ says: 'client' }, { says: 'both' }] };
  const oneSaysBoth: CheckItem = { id: 'retail-chain', answer: 'depends', verdicts: [{ says: 'both' }] };

  it('accepts only the answer we teach where the articles agree', () => {
    expect(acceptedAnswers(agreed)).toEqual(['client']);
    expect(judge(agreed, 'depends')).toBe('wrong');
    expect(acceptedAnswers(oneSaysBoth)).toEqual(['depends']);
  });

  it('accepts "it depends" and each article’s own verdict where the verdicts differ, even with no note saying so', () => {
    expect(acceptedAnswers(saas)).toEqual(['client', 'customer', 'depends']);
    expect(acceptedAnswers(bank)).toEqual(['client', 'depends']);
    expect(judge(bank, 'client')).toBe('one-source');
    expect(judge(bank, 'customer')).toBe('wrong');
    expect(judge(saas, 'depends')).toBe('taught');
    expect(sourcesDisagree(bank)).toBe(true);
  });

  it('accepts "it depends" where the content notes a disagreement the verdicts do not show', () => {
    const noted: CheckItem = { id: 'x', answer: 'client', disagreement: 'One article hedges.', verdicts: [{ says: 'client' }] };
    expect(judge(noted, 'depends')).toBe('depends');
    expect(judge(noted, 'customer')).toBe('wrong');
  });

  it('scores a round by the accepted answers', () => {
    expect(scoreRound([saas, bank, agreed], { saas: 'customer', bank: 'client', 'law-firm': 'depends' })).toMatchObject({
      right: 2,
      total: 3,
    });
  });

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
