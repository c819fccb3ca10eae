import { assertContentHangsTogether } from './content-checks/check-content.ts';
import { loadContentIndex } from './content-checks/load-index.ts';
import { inReadingOrder } from '../lib/lesson-order.ts';

/**
 * All collections, loaded once per build and cross-checked by every rule in content-checks/.
 * Every page and loader that shows cross-linked content reads it from here, so content that
 * points nowhere fails the build with the file and field named instead of shipping a broken link.
 * `headings` holds each lesson's headings, rendered once.
 */
export const siteContent = (async () => {
  const { index, collections, headings } = await loadContentIndex();
  assertContentHangsTogether(index);
  const { lessons, sources, glossary, examples, criteria } = collections;
  criteria.sort((a, b) => a.data.position - b.data.position);
  return { lessons: inReadingOrder(lessons), sources, glossary, examples, criteria, headings };
})();
