import { fillIn } from './fill-in.ts';
import { articlesDisagree, type ArticleVerdict, type GradedBusiness, type Verdict } from './grade-business.ts';

/**
 * The sort-the-businesses figure: the reader puts each example business under client, customer
 * or "it depends", and is told what each article says about it. Marking is grade-business.ts.
 */

/** The wording an explanation is built from; {placeholders} as in src/strings/figures.ts. */
export interface ExplainWords {
  answerWords: Record<Verdict, string>;
  says: Record<ArticleVerdict, string>;
  disputed: string;
  ourAnswer: string;
  articleSays: string;
}

/**
 * Why a business sits where it does, as sentences: the disagreement first where there is one,
 * then the answer we teach with its reason, then one line for each article's own verdict.
 */
export function explainBusiness(item: GradedBusiness<{ source: string; says: ArticleVerdict }> & { reason: string }, words: ExplainWords) {
  return {
    disputed: articlesDisagree(item) ? `${words.disputed} ${item.disagreement ?? ''}`.trim() : null,
    answer: `${fillIn(words.ourAnswer, { answer: words.answerWords[item.answer] })} ${item.reason}`,
    verdicts: item.verdicts.map((v) => fillIn(words.articleSays, { source: v.source, says: words.says[v.says] })),
  };
}

/**
 * The businesses a figure shows, in the order asked for: the ids in `focus` (comma-separated),
 * else the default ids. Ids that name no business are returned apart, so the build can name them.
 */
export function pickBusinesses<T extends { id: string }>(all: readonly T[], focus: string | undefined, defaults: readonly string[]) {
  const ids = focus?.trim()
    ? focus
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...defaults];
  const byId = new Map(all.map((e) => [e.id, e]));
  const unknown = ids.filter((id) => !byId.has(id));
  const picked = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return { picked, unknown };
}
