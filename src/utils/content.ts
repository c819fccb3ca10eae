import { getCollection } from 'astro:content';
import { danglingReferences } from '../lib/content-integrity.ts';
import { inReadingOrder } from '../lib/lesson-order.ts';

/**
 * All collections, loaded once per build and checked for references that point nowhere.
 * Any page that shows cross-linked content reads it from here, so a dangling reference fails
 * the build with the file named instead of shipping a broken link.
 */
export const siteContent = (async () => {
  const [lessons, sources, glossary, examples] = await Promise.all([
    getCollection('lessons'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('examples'),
  ]);
  const problems = danglingReferences({
    lessons: lessons.map((l) => ({ id: l.id, filePath: l.filePath, body: l.body })),
    sources,
    glossary: glossary.map((t) => t.data),
    examples: examples.map((e) => e.data),
  });
  if (problems.length > 0) throw new Error(`Content refers to things that do not exist:\n  ${problems.join('\n  ')}`);
  return { lessons: inReadingOrder(lessons), sources, glossary, examples };
})();
