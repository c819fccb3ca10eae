import { base } from './href.ts';
import { getCollection, getEntry, render } from 'astro:content';
import { brokenLessonLinks, toQuizModel, unknownQuizTargets } from '../lib/quiz-model.ts';
import { siteContent } from './content.ts';

/**
 * content/quiz.yaml, checked against the lessons it links to and resolved for the islands.
 * A link to a lesson heading, comparison row or simulator scenario that does not exist fails
 * the build with the file named.
 */
export const quizContent = (async () => {
  const entry = await getEntry('quiz', 'quiz');
  if (!entry) throw new Error('content/quiz.yaml is missing or empty: the quiz pages need it.');
  const [{ lessons, criteria }, presets] = await Promise.all([siteContent, getCollection('simulatorPresets')]);
  const sections = new Map(await Promise.all(lessons.map(async (l) => [l.id, (await render(l)).headings.map((h) => h.slug)] as const)));
  const known = { criteria: new Set(criteria.map((c) => c.id)), presets: new Set(presets.map((p) => p.id)) };
  const problems = [...brokenLessonLinks(entry.data.classify, sections), ...unknownQuizTargets(entry.data.classify, known)];
  if (problems.length > 0) throw new Error(`Quiz links point nowhere:\n  ${problems.join('\n  ')}`);
  return { ...entry.data, model: toQuizModel(entry.data.classify, base) };
})();
