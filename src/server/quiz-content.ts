import { base } from './href.ts';
import { getEntry } from 'astro:content';
import { toQuizModel } from '../lib/quiz-model.ts';
import { siteContent } from './content.ts';

/**
 * content/quiz.yaml, resolved for the islands once the content has passed its cross-checks.
 */
export const quizContent = (async () => {
  const [entry, mapPage] = await Promise.all([getEntry('quiz', 'quiz'), getEntry('mapPage', 'map')]);
  if (!entry) throw new Error('content/quiz.yaml is missing or empty: the quiz pages need it.');
  // The quiz's links are checked with the rest of the content (content-checks/rules/quiz-links.ts).
  await siteContent;
  if (!mapPage) throw new Error('content/map-page.yaml is missing or empty: the quiz places the reader by its quizAxes.');
  return { ...entry.data, model: toQuizModel(entry.data.classify, base, mapPage.data.quizAxes) };
})();
