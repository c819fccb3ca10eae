import { describe, expect, it } from 'vitest';
import { parseWorkshopPath } from '../../src/lib/workshop-links.ts';

describe('the link formats a trainer can be sent to', () => {
  it.each([
    ['/lessons/definitions/#what-is-a-client', { kind: 'lesson-section', lesson: 'definitions', section: 'what-is-a-client' }],
    ['/glossary/#consumer', { kind: 'glossary', term: 'consumer' }],
    ['/examples/', { kind: 'examples' }],
    ['/examples/#example-saas', { kind: 'examples', example: 'saas' }],
    ['/quiz/', { kind: 'quiz' }],
    ['/quiz/result/hybrid/', { kind: 'quiz-result', outcome: 'hybrid' }],
    ['/quiz/check/?seed=45', { kind: 'knowledge-check', seed: 45 }],
    ['/quiz/check/?seed=999999', { kind: 'knowledge-check', seed: 999999 }],
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
    // The check page reads a seed above 999,999 as a damaged link, so the guide may not hand one out.
    '/quiz/check/?seed=1000000',
    '/quiz/check/?seed=999999999',
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
