import { getCollection } from 'astro:content';
import { inReadingOrder } from '../lib/lesson-order.ts';
import { isPagePath, type LinkCard } from '../lib/link-card-layout.ts';
import { strings } from '../strings/site.ts';

/**
 * Every page's link-preview card, by page path: one per lesson ("Lesson N of M" and its title)
 * and the pages listed in content/link-cards.yaml. A key that is not a page path fails the build.
 */
export const linkCards: Promise<ReadonlyMap<string, LinkCard>> = (async () => {
  const [lessons, listed] = await Promise.all([getCollection('lessons'), getCollection('linkCards')]);
  const cards = new Map<string, LinkCard>();
  for (const { id, data, filePath } of listed) {
    if (!isPagePath(id))
      throw new Error(`${filePath}: "${id}" is not a page path; write it like /quiz/result/hybrid/ (lower case, ending in /)`);
    cards.set(id, { path: id, ...data });
  }
  inReadingOrder(lessons).forEach((lesson, i, all) => {
    const path = `/lessons/${lesson.id}/`;
    cards.set(path, { path, section: strings.lesson.lessonOf(i + 1, all.length), title: lesson.data.title });
  });
  return cards;
})();
