/**
 * One thing wrong with the content: the file to open, the field in it, and what is wrong. Every
 * cross-check rule reports in this shape, so an editor reads every failure the same way.
 */
export interface Problem {
  /** The file to fix, e.g. "content/examples.yaml" or a lesson's own path. */
  file: string;
  /** Where in the file: the entry's id and the field, e.g. "law-firm.answer". */
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.field}: ${p.message}`;

/** Files the rules name; a lesson names its own file. */
export const FILES = {
  examples: 'content/examples.yaml',
  glossary: 'content/glossary.yaml',
  criteria: 'content/criteria.yaml',
  lessonChecks: 'content/lesson-checks.yaml',
  map: 'content/map.yaml',
  mapPage: 'content/map-page.yaml',
  theTest: 'content/the-test.yaml',
  quiz: 'content/quiz.yaml',
  presets: 'content/simulator-presets.yaml',
  workshop: 'content/workshop.yaml',
  worksheet: 'content/worksheet.yaml',
} as const;
