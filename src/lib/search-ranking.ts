/**
 * Two corrections to Pagefind's order that a reader would make by eye. Pagefind ranks each word
 * of a query on its own, so "personal trainer" rates a page that says "person" here and
 * "trainers" there like one about personal trainers; and it cannot know that a glossary entry
 * named exactly what was searched is the answer. Pure, so the rules are tested on their own.
 */
import type { ResultView } from './search-results.ts';

/** A result as Pagefind returns it before its page is fetched: a score and where words matched. */
export interface RankedResult {
  score: number;
  /** Word positions in the page where any query word matched. */
  words: number[];
}

/** How much a page keeps of its score when a query's words never stand side by side in it. */
export const APART_PENALTY = 0.5;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when some two matched words are neighbours: the query's words appear together. */
export function wordsTogether(words: readonly number[]): boolean {
  const at = new Set(words);
  return words.some((w) => at.has(w + 1));
}

/**
 * For a query of two or more words, pages where they appear together come before pages where
 * they only appear apart, other things being equal. The order is otherwise Pagefind's.
 */
export function byPhrase<T extends RankedResult>(results: readonly T[], query: string): T[] {
  if (wordsOf(query).split(' ').length < 2) return [...results];
  const adjusted = results.map((r, i) => ({ r, i, score: r.score * (wordsTogether(r.words) ? 1 : APART_PENALTY) }));
  return adjusted.sort((a, b) => b.score - a.score || a.i - b.i).map((a) => a.r);
}

/** The names a heading answers to: "B2B (business-to-business)" answers to all of it, "B2B" and "business-to-business". */
function namesOf(heading: string): string[] {
  const inBrackets = heading.match(/\(([^)]*)\)/)?.[1];
  return [heading, heading.replace(/\([^)]*\)/g, ''), inBrackets ?? ''].map(wordsOf).filter(Boolean);
}

/** The section a result opens at is named exactly what was searched. */
export function namesQuery(view: ResultView, query: string): boolean {
  const wanted = wordsOf(query);
  return !!wanted && namesOf(view.section ?? view.title).includes(wanted);
}

/**
 * Among results already fetched, a glossary entry named exactly what was searched comes first,
 * then any other section so named; the rest keep their order.
 */
export function entryFirst(views: readonly ResultView[], query: string): ResultView[] {
  const rank = (v: ResultView) => (namesQuery(v, query) ? (v.type === 'Glossary' ? 0 : 1) : 2);
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i)
    .map((a) => a.v);
}
