import { OUTCOMES } from './classify-business.ts';
import { CRITERION_THEMES } from './criterion-themes.ts';
import { MAX_SEED, parseSeed } from './seeded-random.ts';

/**
 * The links a trainer's guide may point at: a lesson section, a glossary term, an example
 * business, or a tool in a state worth showing (a quiz result, a knowledge-check round, a
 * filtered table, a table row, a simulator scenario). Each format is the URL contract of the
 * page it opens, so a typo in content/workshop.yaml stops the build instead of landing a room
 * full of people on the wrong screen.
 */

export type WorkshopTarget =
  | { kind: 'lesson-section'; lesson: string; section: string }
  | { kind: 'glossary'; term: string }
  | { kind: 'examples'; example?: string }
  | { kind: 'quiz' }
  | { kind: 'quiz-result'; outcome: string }
  | { kind: 'knowledge-check'; seed: number }
  | { kind: 'compare'; theme?: string }
  | { kind: 'compare-row'; criterion: string }
  | { kind: 'simulator'; preset: string };

/** The accepted shapes, for error messages that tell an editor what to write instead. */
export const LINK_FORMATS = [
  '/lessons/<lesson>/#<section>',
  '/glossary/#<term>',
  '/examples/ or /examples/#example-<id>',
  '/quiz/',
  `/quiz/result/<${OUTCOMES.join('|')}>/`,
  `/quiz/check/?seed=<whole number from 1 to ${MAX_SEED}>`,
  `/compare/ or /compare/?theme=<${CRITERION_THEMES.join('|')}>`,
  '/compare/#<criterion>',
  '/simulator/?preset=<scenario>',
];

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const oneOf = (list: readonly string[], value: string | undefined) => value !== undefined && list.includes(value);

/** What a root-relative path opens, or undefined when it is not one of the accepted shapes. */
export function parseWorkshopPath(path: string): WorkshopTarget | undefined {
  let m: RegExpMatchArray | null;
  if ((m = path.match(new RegExp(`^/lessons/(${SLUG})/#(${SLUG})$`)))) return { kind: 'lesson-section', lesson: m[1], section: m[2] };
  if ((m = path.match(new RegExp(`^/glossary/#(${SLUG})$`)))) return { kind: 'glossary', term: m[1] };
  if (path === '/examples/') return { kind: 'examples' };
  if ((m = path.match(new RegExp(`^/examples/#example-(${SLUG})$`)))) return { kind: 'examples', example: m[1] };
  if (path === '/quiz/') return { kind: 'quiz' };
  if ((m = path.match(/^\/quiz\/result\/([a-z-]+)\/$/)) && oneOf(OUTCOMES, m[1])) return { kind: 'quiz-result', outcome: m[1] };
  // The check's own seed reader, so the guide can never hand out a seed the page calls damaged.
  if ((m = path.match(/^\/quiz\/check\/\?seed=([^&#]*)$/)) && parseSeed(m[1]) !== null)
    return { kind: 'knowledge-check', seed: parseSeed(m[1])! };
  if (path === '/compare/') return { kind: 'compare' };
  if ((m = path.match(/^\/compare\/\?theme=([a-z]+)$/)) && oneOf(CRITERION_THEMES, m[1])) return { kind: 'compare', theme: m[1] };
  if ((m = path.match(new RegExp(`^/compare/#(${SLUG})$`)))) return { kind: 'compare-row', criterion: m[1] };
  if ((m = path.match(new RegExp(`^/simulator/\\?preset=(${SLUG})$`)))) return { kind: 'simulator', preset: m[1] };
  return undefined;
}
