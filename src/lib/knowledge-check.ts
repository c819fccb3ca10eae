import { newSeed, parseSeed, seededShuffle } from './seeded-random.ts';

export type CheckAnswer = 'client' | 'customer' | 'depends';

export const CHECK_ANSWERS: readonly CheckAnswer[] = ['client', 'customer', 'depends'];

/** What one article says of a business: clients, customers, or both. */
export type SourceVerdict = 'client' | 'customer' | 'both';

/** What the check needs to know about an example business. */
export interface CheckItem {
  id: string;
  answer: CheckAnswer;
  /** Present when the sources disagree about the business. */
  disagreement?: string;
  /** What each article that mentions it says. */
  verdicts?: readonly { says: SourceVerdict }[];
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

/** The check's answer that matches an article's verdict: an article that says "both" says it depends. */
export const answerFor = (says: SourceVerdict): CheckAnswer => (says === 'both' ? 'depends' : says);

/** Whether the articles disagree: their verdicts differ, or the content says how they differ. */
export const sourcesDisagree = (item: CheckItem): boolean =>
  Boolean(item.disagreement) || new Set((item.verdicts ?? []).map((v) => v.says)).size > 1;

/**
 * Every answer that counts as right, in button order. The answer we teach always does. Where the
 * articles disagree the disagreement is the lesson, so "it depends" counts, and so does each
 * article's own verdict: a reader who sides with one article has read it right.
 */
export function acceptedAnswers(item: CheckItem): CheckAnswer[] {
  const accepted = new Set<CheckAnswer>([item.answer]);
  if (sourcesDisagree(item)) {
    accepted.add('depends');
    for (const v of item.verdicts ?? []) accepted.add(answerFor(v.says));
  }
  return CHECK_ANSWERS.filter((a) => accepted.has(a));
}

export const isAccepted = (item: CheckItem, choice: CheckAnswer): boolean => acceptedAnswers(item).includes(choice);

/**
 * Why a choice was marked as it was: the answer we teach, "it depends" where the articles
 * disagree, one article's own verdict, or not right.
 */
export type Judgement = 'taught' | 'depends' | 'one-source' | 'wrong';

export function judge(item: CheckItem, choice: CheckAnswer): Judgement {
  if (choice === item.answer) return 'taught';
  if (!isAccepted(item, choice)) return 'wrong';
  return (item.verdicts ?? []).some((v) => answerFor(v.says) === choice) ? 'one-source' : 'depends';
}

/**
 * The articles' verdicts grouped by what they say, in the order first said, so a sentence can
 * read "A and B say clients; C says customers" rather than one clause per article.
 */
export function verdictGroups<V extends { says: SourceVerdict }>(verdicts: readonly V[]): { says: SourceVerdict; sources: V[] }[] {
  const groups: { says: SourceVerdict; sources: V[] }[] = [];
  for (const v of verdicts) {
    const group = groups.find((g) => g.says === v.says);
    if (group) group.sources.push(v);
    else groups.push({ says: v.says, sources: [v] });
  }
  return groups;
}

/** What goes before item `i` of `n` in a spoken list: nothing, ", " or " and ". */
export const listSeparator = (i: number, n: number, and: string): string => (i === 0 ? '' : i === n - 1 ? ` ${and} ` : ', ');

export interface RoundScore<T> {
  right: number;
  total: number;
  missed: T[];
}

export function scoreRound<T extends CheckItem>(
  items: readonly T[],
  responses: Readonly<Record<string, CheckAnswer | undefined>>,
): RoundScore<T> {
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
