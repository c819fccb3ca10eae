import { decodeAnswers, firstUnanswered, type Picks } from './quiz-url-state.ts';

/** localStorage key of the last quiz result, offered again when the reader comes back. */
export const LAST_RESULT_KEY = 'client-or-customer:quiz:last-result';

/**
 * Only the answers are kept: the outcome is worked out from them each time, so the greeting and
 * the result it opens can never disagree (an older copy that also held an outcome is read the same way).
 */
export interface LastResult {
  /** Encoded answers, as in the `a` query parameter. */
  a: string;
  picks: Picks;
}

export const storeLastResult = (a: string): string => JSON.stringify({ a });

/**
 * The stored answers, or null if there are none or they cannot be trusted: not JSON, wrong shape,
 * answers that no longer fit the quiz, or not a complete set. Never throws.
 */
export function readLastResult(raw: string | null | undefined, answerCounts: readonly number[]): LastResult | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { a } = data as Record<string, unknown>;
  if (typeof a !== 'string') return null;
  const { picks, intact } = decodeAnswers(a, answerCounts);
  if (!intact || firstUnanswered(picks) !== -1) return null;
  return { a, picks };
}
