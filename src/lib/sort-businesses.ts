import { fillIn } from './fill-in.ts';

/**
 * The sort-the-businesses figure: the reader puts each example business under client, customer
 * or "it depends", and is told what each article says about it.
 */
export type SortChoice = 'client' | 'customer' | 'depends';
export type ArticleVerdict = 'client' | 'customer' | 'both';

export const SORT_CHOICES: readonly SortChoice[] = ['client', 'customer', 'depends'];

export interface SortItem {
  id: string;
  /** The answer the site teaches. */
  answer: SortChoice;
  /** What each article that names the business says it has. */
  verdicts: readonly { source: string; says: ArticleVerdict }[];
  /** Why the articles differ; present when they do. */
  disagreement?: string;
}

/** An article that says a business has both kinds of buyer is saying "it depends". */
export const choiceFor = (says: ArticleVerdict): SortChoice => (says === 'both' ? 'depends' : says);

/** The articles do not all say the same thing about this business. */
export const isDisputed = (item: SortItem): boolean => Boolean(item.disagreement) || new Set(item.verdicts.map((v) => v.says)).size > 1;

/**
 * Every choice that counts as right. Where the articles disagree there is no single answer, so
 * "it depends" and each article's own verdict are all right: the disagreement is the lesson.
 */
export function acceptedChoices(item: SortItem): SortChoice[] {
  const accepted = new Set<SortChoice>([item.answer]);
  if (isDisputed(item)) {
    accepted.add('depends');
    for (const v of item.verdicts) accepted.add(choiceFor(v.says));
  }
  return SORT_CHOICES.filter((c) => accepted.has(c));
}

export interface SortJudgement {
  right: boolean;
  /** The articles whose own verdict matches the reader's choice. */
  agreeing: string[];
}

export function judgeSort(item: SortItem, choice: SortChoice): SortJudgement {
  return {
    right: acceptedChoices(item).includes(choice),
    agreeing: item.verdicts.filter((v) => choiceFor(v.says) === choice).map((v) => v.source),
  };
}

/** What the figure needs to mark an answer: every choice that counts as right. */
export interface MarkedItem {
  id: string;
  accepted: readonly SortChoice[];
}

/** How many businesses have an answer, and how many of those are right. */
export function sortScore(items: readonly MarkedItem[], choices: Readonly<Record<string, SortChoice | undefined>>) {
  let answered = 0;
  let right = 0;
  for (const item of items) {
    const choice = choices[item.id];
    if (!choice) continue;
    answered++;
    if (item.accepted.includes(choice)) right++;
  }
  return { answered, right, total: items.length };
}

/** The wording an explanation is built from; {placeholders} as in src/strings/figures.ts. */
export interface ExplainWords {
  answerWords: Record<SortChoice, string>;
  says: Record<ArticleVerdict, string>;
  disputed: string;
  ourAnswer: string;
  articleSays: string;
}

/**
 * Why a business sits where it does, as sentences: the disagreement first where there is one,
 * then the answer we teach with its reason, then one line for each article's own verdict.
 */
export function explainBusiness(item: SortItem & { reason: string }, words: ExplainWords) {
  return {
    disputed: isDisputed(item) ? `${words.disputed} ${item.disagreement ?? ''}`.trim() : null,
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
