import type { ArticleVerdict } from './grade-business.ts';
import { newSeed, parseSeed, seededShuffle } from './seeded-random.ts';

/**
 * The knowledge check's rounds and link: which examples a seed and round number pick, and how
 * the check reads its address. Marking an answer is src/lib/grade-business.ts.
 */

export const ROUND_SIZE = 10;

/** How many rounds it takes to meet every example once. */
export const roundCount = (total: number, size = ROUND_SIZE): number => Math.max(1, Math.ceil(total / size));

/**
 * The examples of one round. The seed fixes one shuffled order of all examples and rounds 1, 2, …
 * walk through it, so every example comes up; a short last round is topped up from the start.
 * Items are sorted by id first, so editing the order of the content file changes no round.
 */
export function roundOf<T extends { id: string }>(items: readonly T[], seed: number, round = 1, size = ROUND_SIZE): T[] {
  const order = seededShuffle(
    [...items].sort((a, b) => a.id.localeCompare(b.id)),
    seed,
  );
  const rounds = roundCount(order.length, size);
  const r = Math.min(Math.max(1, Math.floor(round)), rounds);
  const picked = order.slice((r - 1) * size, r * size);
  for (const item of order) {
    if (picked.length >= Math.min(size, order.length)) break;
    if (!picked.includes(item)) picked.push(item);
  }
  return picked;
}

/**
 * The articles' verdicts grouped by what they say, in the order first said, so a sentence can
 * read "A and B say clients; C says customers" rather than one clause per article.
 */
export function verdictGroups<V extends { says: ArticleVerdict }>(verdicts: readonly V[]): { says: ArticleVerdict; sources: V[] }[] {
  const groups: { says: ArticleVerdict; sources: V[] }[] = [];
  for (const v of verdicts) {
    const group = groups.find((g) => g.says === v.says);
    if (group) group.sources.push(v);
    else groups.push({ says: v.says, sources: [v] });
  }
  return groups;
}

/** What goes before item `i` of `n` in a spoken list: nothing, ", " or " and ". */
export const listSeparator = (i: number, n: number, and: string): string => (i === 0 ? '' : i === n - 1 ? ` ${and} ` : ', ');

export interface CheckLink {
  seed: number;
  round: number;
  /** The link carried a seed, so the round can be shared as it is. */
  shared: boolean;
  /** Something in the link could not be used and was replaced. */
  damaged: boolean;
}

/** Reads `?seed=<n>&round=<k>`; a missing or bad seed gets a new random one. Never throws. */
export function readCheckLink(search: string, total: number, random: () => number = Math.random): CheckLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const seedText = params.get('seed');
  const roundText = params.get('round');
  const parsed = parseSeed(seedText);
  let damaged = seedText !== null && parsed === null;
  let round = 1;
  if (roundText !== null) {
    const n = /^[1-9][0-9]?$/.test(roundText) ? Number(roundText) : NaN;
    if (n >= 1 && n <= roundCount(total)) round = n;
    else damaged = true;
  }
  return { seed: parsed ?? newSeed(random), round, shared: parsed !== null, damaged };
}

/** The check's own parameters: `seed`, and `round` from round 2 on. */
export const checkParams = (seed: number, round: number) => ({ seed: String(seed), round: round > 1 ? String(round) : null });
