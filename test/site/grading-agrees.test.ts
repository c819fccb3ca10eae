import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from './built-site.ts';
import { acceptedAnswers, type ArticleVerdict, type Verdict } from '../../src/lib/grade-business.ts';
import { verdictOf } from '../../src/lib/the-test.ts';

/**
 * The tools that grade an example business, read from the built pages as their islands receive
 * them: the knowledge check marks with acceptedAnswers at run time, the sort figure is handed its
 * accepted answers at build time, and the map draws each business in its verdict's colour. If one
 * of them ever grades a business its own way, this fails naming the business.
 */

type Encoded = [number, unknown];
/** Astro writes island props as [type, value] pairs: 0 a plain value or object, 1 an array. */
function decode([type, value]: Encoded): unknown {
  if (type === 1) return (value as Encoded[]).map(decode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v as Encoded)]));
  return value;
}
const islandProps = (page: BuiltPage, component: string) =>
  [...page.document.querySelectorAll(`astro-island[component-url*="/${component}"]`)].map(
    (island) => decode([0, JSON.parse(island.getAttribute('props')!)]) as Record<string, unknown>,
  );

const pages = builtPages();
const onPages = (component: string) => pages.flatMap((p) => islandProps(p, component));

interface CheckExample {
  id: string;
  answer: Verdict;
  disagreement?: string;
  verdicts: { says: ArticleVerdict }[];
}
const checked = new Map(
  onPages('KnowledgeCheck')
    .flatMap((p) => p.examples as CheckExample[])
    .map((e) => [e.id, e]),
);
const sorted = onPages('SortBusinesses').flatMap((p) => p.businesses as { id: string; accepted: Verdict[] }[]);
type MapBusiness = { id: string; answer: Verdict; placements: { tailoring: number; relationship: number }[] };
// Whichever map island carries the whole model, on the map page.
const mapped: MapBusiness[] =
  onPages('')
    .map((p) => (p.model as { businesses?: MapBusiness[] } | undefined)?.businesses)
    .find((businesses) => businesses?.[0]?.placements) ?? [];

describe('every tool grades an example business the same way', () => {
  it('finds the tools on the built pages', () => {
    expect(checked.size).toBeGreaterThan(20);
    expect(sorted.length).toBeGreaterThan(2);
    expect(mapped.length).toBe(checked.size);
  });

  it('the sort figure accepts exactly the answers the knowledge check accepts', () => {
    for (const b of sorted) expect({ id: b.id, accepted: b.accepted }).toEqual({ id: b.id, accepted: acceptedAnswers(checked.get(b.id)!) });
  });

  it('the map shows the answer the knowledge check teaches, and it is the answer the test gives its points', () => {
    for (const b of mapped) {
      expect({ id: b.id, answer: b.answer }).toEqual({ id: b.id, answer: checked.get(b.id)!.answer });
      expect({ id: b.id, answer: b.answer }).toEqual({ id: b.id, answer: verdictOf(b.placements) });
    }
  });
});
