import { isOutcome, type Outcome } from './classify-business.ts';
import { decodeAnswers, firstUnanswered } from './quiz-url-state.ts';

/** localStorage key of the last quiz result, offered again when the reader comes back. */
export const LAST_RESULT_KEY = 'client-or-customer:quiz:last-result';

export interface LastResult {
  /** Encoded answers, as in the `a` query parameter. */
  a: string;
  outcome: Outcome;
}

export const storeLastResult = (result: LastResult): string => JSON.stringify({ a: result.a, outcome: result.outcome });

/**
 * The stored result, or null if there is none or it cannot be trusted: not JSON, wrong shape,
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
  const { a, outcome } = data as Record<string, unknown>;
  if (typeof a !== 'string' || !isOutcome(outcome)) return null;
  const { picks, intact } = decodeAnswers(a, answerCounts);
  if (!intact || firstUnanswered(picks) !== -1) return null;
  return { a, outcome };
}
