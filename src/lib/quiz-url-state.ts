/**
 * Quiz answers in the address bar, so a shared link reopens the same question or result.
 *
 * `?a=<digits><check>&q=<n>`: one digit per question (its answer's position, 1–8; 9 = "not
 * sure"; 0 = not yet answered; trailing zeros dropped), then one check letter that catches a
 * truncated or edited link. `q` is the question on screen (1-based); without it a complete set
 * opens the result. "Not sure" took the digit no answer can have (a question has at most four),
 * so links made before it existed read exactly as they did.
 */

/** The reader's "Not sure": an answer given, which counts towards nothing. */
export const NOT_SURE = 'not-sure';
export type NotSure = typeof NOT_SURE;

/** Per question: the 0-based answer position, NOT_SURE, or null when not yet answered. */
export type Pick = number | NotSure | null;
export type Picks = Pick[];

const NOT_SURE_DIGIT = 9;

export type QuizView = { kind: 'question'; index: number } | { kind: 'result' };

export interface QuizLink {
  picks: Picks;
  view: QuizView;
  /** True when part of the link was unreadable, out of range or failed its check. */
  damaged: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A check letter that changes when a digit changes, moves or goes missing. */
function checkLetter(digits: string): string {
  let sum = digits.length * 7;
  for (let i = 0; i < digits.length; i++) sum += (i + 3) * (Number(digits[i]) + 1) * (i % 2 === 0 ? 1 : 5);
  return LETTERS[sum % LETTERS.length];
}

export function encodeAnswers(picks: readonly (Pick | undefined)[]): string {
  const digits = picks
    .map((p) =>
      p === NOT_SURE
        ? String(NOT_SURE_DIGIT)
        : typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < NOT_SURE_DIGIT - 1
          ? String(p + 1)
          : '0',
    )
    .join('')
    .replace(/0+$/, '');
  return digits === '' ? '' : digits + checkLetter(digits);
}

/** Whether a link's `a=` value is a whole answer code this site wrote (digits and their check letter). */
export function isAnswerCode(text: string | null | undefined): text is string {
  const match = /^([0-9]{1,12})([a-z])$/.exec(text ?? '');
  return match !== null && checkLetter(match[1]) === match[2];
}

/**
 * Reads encoded answers against the quiz's shape (how many answers each question has). Never
 * throws: whatever cannot be trusted is dropped, the readable part before it is kept, and
 * `intact` says whether anything was wrong.
 */
export function decodeAnswers(text: string | null | undefined, answerCounts: readonly number[]): { picks: Picks; intact: boolean } {
  const picks: Picks = answerCounts.map(() => null);
  if (text == null || text === '') return { picks, intact: true };
  const match = /^([0-9]*)([a-z])$/.exec(text);
  const digits = match ? match[1] : (/^[0-9]*/.exec(text)?.[0] ?? '');
  let intact = Boolean(match) && digits.length > 0 && checkLetter(digits) === match![2] && digits.length <= answerCounts.length;
  for (let i = 0; i < Math.min(digits.length, answerCounts.length); i++) {
    const d = Number(digits[i]);
    if (d === 0) continue;
    if (d === NOT_SURE_DIGIT) {
      picks[i] = NOT_SURE;
      continue;
    }
    if (d > answerCounts[i]) {
      intact = false;
      break;
    }
    picks[i] = d - 1;
  }
  return { picks, intact };
}

export const firstUnanswered = (picks: readonly Pick[]): number => picks.findIndex((p) => p === null);

/** Where a link should open, given its answers and the question it asked for. */
export function readQuizLink(search: string, answerCounts: readonly number[]): QuizLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const { picks, intact } = decodeAnswers(params.get('a'), answerCounts);
  const damaged = !intact;
  const open = firstUnanswered(picks);
  // A damaged link never jumps straight to a verdict: its answers may not be the ones given.
  const fallback: QuizView =
    open !== -1 ? { kind: 'question', index: open } : damaged ? { kind: 'question', index: 0 } : { kind: 'result' };

  const q = params.get('q');
  if (q === null) return { picks, view: fallback, damaged };
  const n = /^[1-9][0-9]{0,2}$/.test(q) ? Number(q) : NaN;
  // A question after the first unanswered one cannot be reached by answering in order.
  const reachable = open === -1 ? answerCounts.length : open + 1;
  if (!(n >= 1 && n <= reachable) || damaged) {
    return { picks, view: open === -1 ? { kind: 'question', index: 0 } : { kind: 'question', index: open }, damaged: true };
  }
  return { picks, view: { kind: 'question', index: n - 1 }, damaged };
}

/** The quiz's own parameters for a state: `a` and `q`, each null when not needed (a fresh quiz has neither). */
export function quizParams(picks: readonly Pick[], view: QuizView): { a: string | null; q: string | null } {
  const a = encodeAnswers(picks);
  const complete = picks.length > 0 && firstUnanswered(picks) === -1;
  // The first unanswered question is where a link without `q` opens anyway.
  const q = view.kind === 'question' && (complete || view.index !== firstUnanswered(picks)) ? String(view.index + 1) : null;
  return { a: a || null, q };
}
