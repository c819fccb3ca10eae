/** Which way one answer points. "both" is the "it varies" answer. */
export type Lean = 'client' | 'customer' | 'both';

export type Outcome = 'client-based' | 'customer-based' | 'hybrid';

export const OUTCOMES: readonly Outcome[] = ['client-based', 'customer-based', 'hybrid'];

/** Which rule decided the outcome, so the result can say why in plain words. */
export type ScoringRule = 'clear-both-ways' | 'leans-client' | 'leans-customer' | 'mixed';

/** The answer given for one dimension, or null where the question was left unanswered. */
export interface ChosenAnswer {
  dimension: string;
  lean: Lean;
  /** How strongly the answer points its way: 1 a hint, 2 a clear sign, 3 a decisive one. */
  weight: number;
}

export interface DimensionScore extends ChosenAnswer {
  /** A weight high enough to count as a clear sign, not a hint. */
  clear: boolean;
}

export interface Classification {
  /** null only when nothing at all was answered: no evidence, no verdict. */
  outcome: Outcome | null;
  rule: ScoringRule | null;
  /** Points towards clients and towards customers; a "both" answer gives half its weight to each. */
  clientPoints: number;
  customerPoints: number;
  /** Share of all points that point to clients, 0 to 1 (0.5 when nothing was answered). */
  clientShare: number;
  /** Count of clear signs on each side. */
  clearClient: number;
  clearCustomer: number;
  answered: number;
  /** One entry per dimension, in question order; null where unanswered. */
  breakdown: (DimensionScore | null)[];
}

/**
 * The scoring rules, kept as numbers so the page's "how we score" text is filled in from the
 * same values the scorer uses.
 */
export const SCORING_RULES = {
  /** An answer with at least this weight is a clear sign. */
  clearWeight: 2,
  /** This many clear signs on each side make a business hybrid, whatever the totals say. */
  clearEachWay: 3,
  /** A side needs at least this share of all points to decide the outcome alone. */
  decisiveShare: 2 / 3,
} as const;

/**
 * Classifies a business from its answers, one per dimension (null = unanswered, ignored).
 *
 * The hybrid rule is deliberately not an average. A business that shows clear client signs in
 * some dimensions and clear customer signs in others runs two kinds of relationship side by side;
 * averaging would call it "slightly client-based" and hide the customer side it must also serve.
 * So, in order:
 *  1. Clear signs both ways (at least `clearEachWay` on each side) → hybrid.
 *  2. Otherwise, one side holding at least `decisiveShare` of the points decides the outcome.
 *  3. Anything in between (including all "it varies" answers) → hybrid.
 */
export function classifyBusiness(
  answers: readonly (ChosenAnswer | null | undefined)[],
  rules: typeof SCORING_RULES = SCORING_RULES,
): Classification {
  let clientPoints = 0;
  let customerPoints = 0;
  let clearClient = 0;
  let clearCustomer = 0;
  let answered = 0;
  const breakdown = answers.map((answer): DimensionScore | null => {
    if (!answer) return null;
    const weight = Number.isFinite(answer.weight) && answer.weight > 0 ? answer.weight : 0;
    const clear = weight >= rules.clearWeight && answer.lean !== 'both';
    answered += 1;
    if (answer.lean === 'client') clientPoints += weight;
    else if (answer.lean === 'customer') customerPoints += weight;
    else {
      clientPoints += weight / 2;
      customerPoints += weight / 2;
    }
    if (clear && answer.lean === 'client') clearClient += 1;
    if (clear && answer.lean === 'customer') clearCustomer += 1;
    return { ...answer, weight, clear };
  });

  const total = clientPoints + customerPoints;
  const clientShare = total > 0 ? clientPoints / total : 0.5;
  const base = { clientPoints, customerPoints, clientShare, clearClient, clearCustomer, answered, breakdown };

  if (answered === 0) return { ...base, outcome: null, rule: null };
  if (clearClient >= rules.clearEachWay && clearCustomer >= rules.clearEachWay) {
    return { ...base, outcome: 'hybrid', rule: 'clear-both-ways' };
  }
  // A tiny tolerance so 2/3 exactly (e.g. 8 points to 4) counts as decisive despite float rounding.
  const epsilon = 1e-9;
  if (clientShare >= rules.decisiveShare - epsilon) return { ...base, outcome: 'client-based', rule: 'leans-client' };
  if (1 - clientShare >= rules.decisiveShare - epsilon) return { ...base, outcome: 'customer-based', rule: 'leans-customer' };
  return { ...base, outcome: 'hybrid', rule: 'mixed' };
}

export const isOutcome = (value: unknown): value is Outcome => OUTCOMES.includes(value as Outcome);
