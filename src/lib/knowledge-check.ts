import { newSeed, parseSeed, seededShuffle } from './seeded-random.ts';

export type CheckAnswer = 'client' | 'customer' | 'depends';

export const CHECK_ANSWERS: readonly CheckAnswer[] = ['client', 'customer', 'depends'];

/** What the check needs to know about an example business. */
export interface CheckItem {
  id: string;
  answer: CheckAnswer;
  /** Present when the sources disagree about the business. */
  disagreement?: string;
}

export const ROUND_SIZE = 10;

/** How many rounds it takes to meet every example once. */
export const roundCount = (total: number, size = ROUND_SIZE): number => Math.max(1, Math.ceil(total / size));

/**
 * The examples of one round. The seed fixes one shuffled order of all examples and rounds 1, 2, …
 * walk through it, so every example comes up; a short last round is topped up from the start.
 * Items are sorted by id first, so editing the order of the content file changes no round.
 */
export function roundOf<T extends { id: string }>(items: readonly T[], seed: number, round = 1, size = ROUND_SIZE): T[] {
  const order = seededShuffle([...items].sort((a, b) => a.id.localeCompare(b.id)), seed);
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
 * Right if it matches the answer we teach. Where the sources disagree, "depends" is right too:
 * the disagreement is the lesson.
 */
export const isAccepted = (item: CheckItem, choice: CheckAnswer): boolean =>
  choice === item.answer || (choice === 'depends' && Boolean(item.disagreement));

export interface RoundScore<T> {
  right: number;
  total: number;
  missed: T[];
}

export function scoreRound<T extends CheckItem>(items: readonly T[], responses: Readonly<Record<string, CheckAnswer | undefined>>): RoundScore<T> {
  const missed = items.filter((item) => {
    const choice = responses[item.id];
    return !choice || !isAccepted(item, choice);
  });
  return { right: items.length - missed.length, total: items.length, missed };
}

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
