import { describe, expect, it } from 'vitest';
import { missingTargets, parseWorkshopPath } from '../../src/lib/workshop-links.ts';

const known = {
  lessonSections: new Map([['definitions', new Set(['what-is-a-client', 'why-two-words'])]]),
  glossary: new Set(['consumer']),
  examples: new Set(['saas']),
  criteria: new Set(['sales-cycle', 'advocacy']),
  presets: new Set(['gym-personal-training']),
};

describe('the link formats a trainer can be sent to', () => {
  it.each([
    ['/lessons/definitions/#what-is-a-client', { kind: 'lesson-section', lesson: 'definitions', section: 'what-is-a-client' }],
    ['/glossary/#consumer', { kind: 'glossary', term: 'consumer' }],
    ['/examples/', { kind: 'examples' }],
    ['/examples/#example-saas', { kind: 'examples', example: 'saas' }],
    ['/quiz/', { kind: 'quiz' }],
    ['/quiz/result/hybrid/', { kind: 'quiz-result', outcome: 'hybrid' }],
    ['/quiz/check/?seed=45', { kind: 'knowledge-check', seed: 45 }],
    ['/compare/', { kind: 'compare' }],
    ['/compare/?theme=money', { kind: 'compare', theme: 'money' }],
    ['/compare/#sales-cycle', { kind: 'compare-row', criterion: 'sales-cycle' }],
    ['/simulator/?preset=gym-personal-training', { kind: 'simulator', preset: 'gym-personal-training' }],
  ])('reads %s', (path, target) => {
    expect(parseWorkshopPath(path)).toEqual(target);
  });

  it.each([
    '/lessons/definitions/',
    '/lessons/definitions#what-is-a-client',
    '/quiz/result/maybe/',
    '/quiz/check/?seed=0',
    '/quiz/check/?seed=-3',
    '/quiz/check/?seed=abc',
    '/compare/?theme=colour',
    '/compare/#No_Row',
    '/simulator/?preset=',
    '/simulator/',
    'https://example.com/',
    '/workshop/',
  ])('refuses %s', (path) => {
    expect(parseWorkshopPath(path)).toBeUndefined();
  });
});

describe('checking links against the content', () => {
  it('accepts links to sections, terms and examples that exist', () => {
    expect(
      missingTargets(['/lessons/definitions/#why-two-words', '/glossary/#consumer', '/examples/#example-saas', '/quiz/'], known),
    ).toEqual([]);
  });

  it('names each dead link and what is wrong with it', () => {
    const problems = missingTargets(
      ['/lessons/definitions/#old-heading', '/lessons/gone/#intro', '/glossary/#nope', '/examples/#example-nope', '/quiz/result/maybe/'],
      known,
    );
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/"definitions" has no section "#old-heading"/);
    expect(problems[1]).toMatch(/unknown lesson "gone"/);
    expect(problems[2]).toMatch(/unknown glossary term "nope"/);
    expect(problems[3]).toMatch(/unknown example "nope"/);
    expect(problems[4]).toMatch(/not a link format.*\/quiz\/result\//);
  });

  it('takes comparison rows and simulator scenarios from the content, not from a list of its own', () => {
    expect(missingTargets(['/compare/#advocacy', '/simulator/?preset=gym-personal-training'], known)).toEqual([]);
    const problems = missingTargets(['/compare/#no-such-row', '/simulator/?preset=spaceship'], known);
    expect(problems[0]).toMatch(/unknown comparison row "no-such-row"/);
    expect(problems[1]).toMatch(/unknown simulator scenario "spaceship"/);
  });

  it('reports a repeated dead link once', () => {
    expect(missingTargets(['/glossary/#nope', '/glossary/#nope'], known)).toHaveLength(1);
  });
});
