import type { TestVerdict } from './the-test.ts';

/**
 * How the site grades a reader's answer about an example business. The knowledge check, the
 * sort-the-businesses figure, the map and the quiz result all take their answer words and their
 * marking from here, so no two of them can mark one business differently.
 */

/** An answer about a business: it has clients, customers, or it depends. The test's own verdicts. */
export type Verdict = TestVerdict;

/** The answers in the order every tool offers them. */
export const VERDICTS: readonly Verdict[] = ['client', 'customer', 'depends'];

/** What one article says a business has: clients, customers, or both. */
export type ArticleVerdict = 'client' | 'customer' | 'both';

/** What grading needs to know of an example business (content/examples.yaml). */
export interface GradedBusiness<V extends { says: ArticleVerdict } = { says: ArticleVerdict }> {
  /** The answer the site teaches. */
  answer: Verdict;
  /** Why the articles differ; present where they do. */
  disagreement?: string;
  /** What each article that names the business says. */
  verdicts: readonly V[];
}

/** An article that says a business has both kinds of buyer is saying "it depends". */
export const verdictOfArticle = (says: ArticleVerdict): Verdict => (says === 'both' ? 'depends' : says);

/** The articles do not all say the same thing: their verdicts differ, or the content says how they differ. */
export const articlesDisagree = (business: GradedBusiness): boolean =>
  Boolean(business.disagreement) || new Set(business.verdicts.map((v) => v.says)).size > 1;

/**
 * Every answer that counts as right, in button order. The answer we teach always does. Where the
 * articles disagree the disagreement is the lesson, so "it depends" counts, and so does each
 * article's own verdict, even one that differs from ours: a reader who sides with an article
 * has read it right.
 */
export function acceptedAnswers(business: GradedBusiness): Verdict[] {
  const accepted = new Set<Verdict>([business.answer]);
  if (articlesDisagree(business)) {
    accepted.add('depends');
    for (const v of business.verdicts) accepted.add(verdictOfArticle(v.says));
  }
  return VERDICTS.filter((a) => accepted.has(a));
}

export const isAccepted = (business: GradedBusiness, choice: Verdict): boolean => acceptedAnswers(business).includes(choice);

/** The articles whose own verdict is the reader's choice. */
export const articlesBacking = <V extends { says: ArticleVerdict }>(business: { verdicts: readonly V[] }, choice: Verdict): V[] =>
  business.verdicts.filter((v) => verdictOfArticle(v.says) === choice);

/**
 * Why a choice was marked as it was: the answer we teach, "it depends" where the articles
 * disagree, one article's own verdict, or not right.
 */
export type Judgement = 'taught' | 'depends' | 'one-source' | 'wrong';

export function judge(business: GradedBusiness, choice: Verdict): Judgement {
  if (choice === business.answer) return 'taught';
  if (!isAccepted(business, choice)) return 'wrong';
  return articlesBacking(business, choice).length > 0 ? 'one-source' : 'depends';
}

export interface Tally<T> {
  /** Businesses with an answer. */
  answered: number;
  right: number;
  total: number;
  /** Businesses left unanswered or answered wrongly, in the order given. */
  missed: T[];
}

/**
 * How a set of answers scores. `accepted` gives each business's right answers: worked out here
 * by default, or handed over ready-made where the page worked them out at build time.
 */
export function tally<T extends { id: string }>(
  items: readonly T[],
  responses: Readonly<Record<string, Verdict | undefined>>,
  accepted: (item: T) => readonly Verdict[],
): Tally<T> {
  let answered = 0;
  const missed: T[] = [];
  for (const item of items) {
    const choice = responses[item.id];
    if (choice) answered++;
    if (!choice || !accepted(item).includes(choice)) missed.push(item);
  }
  return { answered, right: items.length - missed.length, total: items.length, missed };
}
