import { getCollection, render } from 'astro:content';
import { danglingReferences } from '../lib/content-integrity.ts';
import { inReadingOrder } from '../lib/lesson-order.ts';

/**
 * All collections, loaded once per build and checked for references that point nowhere.
 * Any page that shows cross-linked content reads it from here, so a dangling reference fails
 * the build with the file named instead of shipping a broken link.
 */
export const siteContent = (async () => {
  const [lessons, sources, glossary, examples, criteria] = await Promise.all([
    getCollection('lessons'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('examples'),
    getCollection('criteria'),
  ]);
  // Heading slugs as the Markdown pipeline makes them, so a link to a lesson section is checked
  // against the anchors that really get built.
  const headings = new Map(await Promise.all(lessons.map(async (l) => [l.id, (await render(l)).headings] as const)));
  const problems = danglingReferences({
    lessons: lessons.map((l) => ({ id: l.id, filePath: l.filePath, body: l.body, headings: headings.get(l.id)!.map((h) => h.slug) })),
    sources,
    glossary: glossary.map((t) => t.data),
    examples: examples.map((e) => e.data),
    criteria: criteria.map((c) => c.data),
  });
  if (problems.length > 0) throw new Error(`Content refers to things that do not exist:\n  ${problems.join('\n  ')}`);
  criteria.sort((a, b) => a.data.position - b.data.position);
  return { lessons: inReadingOrder(lessons), sources, glossary, examples, criteria, headings };
})();
