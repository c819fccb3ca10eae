import { describe, expect, it } from 'vitest';
import { COURSE_MESSAGE, applyMessage, courseMessage, pathInPackage } from '../../src/lib/scorm-messages.ts';

const folder = 'https://lms.example/pluginfile.php/7/content/';
const start = { lessons: [], checks: [] };

describe("the package's pages reporting to its launch page", () => {
  it('reads only the course’s own messages', () => {
    expect(courseMessage({ [COURSE_MESSAGE]: { type: 'check', id: 'c1' } })).toEqual({ type: 'check', id: 'c1' });
    expect(courseMessage({ [COURSE_MESSAGE]: { type: 'round', right: 7, total: 10 } })).toEqual({ type: 'round', right: 7, total: 10 });
    expect(courseMessage({ [COURSE_MESSAGE]: { type: 'page', href: `${folder}x.html`, lesson: 7 } })).toEqual({
      type: 'page',
      href: `${folder}x.html`,
    });
    for (const other of [
      null,
      'hello',
      { type: 'check', id: 'c1' },
      { [COURSE_MESSAGE]: { type: 'round', right: '7', total: 10 } },
      { [COURSE_MESSAGE]: { type: 'spy' } },
    ])
      expect(courseMessage(other)).toBeUndefined();
  });

  it('names a page by its path inside the package, wherever the LMS keeps it', () => {
    expect(pathInPackage(`${folder}lessons/winning/index.html#the-two-journeys`, folder)).toBe('lessons/winning/index.html');
    expect(pathInPackage('https://lms.example/other/index.html', folder)).toBeUndefined();
    expect(pathInPackage(`https://elsewhere.example/pluginfile.php/7/content/index.html`, folder)).toBeUndefined();
  });

  it('records a lesson opened and moves the learner’s place', () => {
    const next = applyMessage(
      start,
      'lessons/index.html',
      { type: 'page', href: `${folder}lessons/winning/index.html`, lesson: 'winning' },
      folder,
    );
    expect(next).toEqual({ progress: { lessons: ['winning'], checks: [] }, location: 'lessons/winning/index.html' });
  });

  it('keeps the place when a page outside the package reports', () => {
    const next = applyMessage(start, 'lessons/index.html', { type: 'page', href: 'https://elsewhere.example/' }, folder);
    expect(next.location).toBe('lessons/index.html');
  });

  it('records a lesson check answered and a knowledge check round', () => {
    const checked = applyMessage(start, 'a', { type: 'check', id: 'check-winning' }, folder);
    expect(checked.progress.checks).toEqual(['check-winning']);
    const round = applyMessage(checked.progress, 'a', { type: 'round', right: 9, total: 10 }, folder);
    expect(round.progress.best).toEqual({ right: 9, total: 10 });
  });
});
