import type { Problem } from './problem.ts';
import type { ConversionInputs } from '../../lib/conversion-inputs.ts';
import type { QuizContent } from '../../lib/quiz-model.ts';
import type { Verdict } from '../../lib/grade-business.ts';
import type { FilterableCriterion } from '../../lib/criteria-filter.ts';

/**
 * Everything the cross-check rules read, gathered once from every collection: plain data, so a
 * test can hand a rule a small broken index without building the site. Built by load-index.ts.
 */
export interface ContentIndex {
  /** `file` is the lesson's path; `headings` the slugs of its headings as the built page has them. */
  lessons: { id: string; file: string; body: string; headings: readonly string[] }[];
  sources: readonly string[];
  glossary: { id: string; lessons: readonly string[] }[];
  examples: { id: string; answer: Verdict; lesson: string; verdicts: readonly { source: string }[] }[];
  /** Whole rows, so a filter link can be read by the table's own reader. */
  criteria: (FilterableCriterion & { sources: readonly string[]; lesson?: string })[];
  lessonChecks: { id: string; options: readonly { sources: readonly string[] }[] }[];
  map?: {
    placements: {
      id: string;
      placements: {
        view?: string;
        tailoring: { score: number; source?: string };
        relationship: { score: number; source?: string };
      }[];
    }[];
    contrasts: { between: readonly [string, string] | string[]; sources: readonly string[] }[];
    quizAxes: Record<'tailoring' | 'relationship', readonly string[]>;
  };
  /** The site's one test (content/the-test.yaml): the lessons for each region and the articles it names. */
  theTest?: { regions: { id: string; lessons: readonly string[] }[]; articleTests: { source: string }[] };
  quiz?: Pick<QuizContent, 'questions' | 'outcomes' | 'compareRows'>;
  presets: { id: string; sources: readonly string[]; inputs: ConversionInputs }[];
  /** The simulator's starting inputs (content/simulator.mdx), which a scenario link falls back to. */
  simulatorDefaults?: ConversionInputs;
  /** Links in the trainer's guide and on the worksheet, root-relative. */
  workshopLinks: readonly string[];
  worksheetLinks: readonly string[];
}

/** A rule: one small pure function from the whole index to what it finds wrong. */
export type ContentRule = (index: ContentIndex) => Problem[];
