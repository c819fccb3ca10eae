import type { ContentRule } from './content-index.ts';
import { criterionReferences } from './rules/criterion-references.ts';
import { exampleReferences } from './rules/example-references.ts';
import { glossaryLessons } from './rules/glossary-lessons.ts';
import { lessonCheckSources } from './rules/lesson-check-sources.ts';
import { lessonComponents } from './rules/lesson-components.ts';
import { lessonLinks } from './rules/lesson-links.ts';
import { mapReferences } from './rules/map-references.ts';
import { presetSources } from './rules/preset-sources.ts';
import { quizLinks } from './rules/quiz-links.ts';
import { taughtAnswerAgrees } from './rules/taught-answer-agrees.ts';
import { testReferences } from './rules/test-references.ts';
import { workshopLinks } from './rules/workshop-links.ts';

/** Every cross-check the content must pass, by name; each is one file in rules/. */
export const CONTENT_RULES: Readonly<Record<string, ContentRule>> = {
  glossaryLessons,
  exampleReferences,
  taughtAnswerAgrees,
  criterionReferences,
  lessonLinks,
  lessonComponents,
  lessonCheckSources,
  mapReferences,
  testReferences,
  quizLinks,
  presetSources,
  workshopLinks,
};
