import { describe, expect, it } from 'vitest';
import {
  MASTERY_SCORE,
  answeredCheck,
  finishedRound,
  masteryScore,
  openedLesson,
  readProgress,
  resumePage,
  scormValues,
  sessionTime,
  writeProgress,
} from '../../src/lib/scorm-progress.ts';

const start = { lessons: [], checks: [] };
const value = (values: [string, string][], element: string) => values.find(([e]) => e === element)?.[1];

describe('what the LMS is told', () => {
  it('marks a course begun but without a finished round as incomplete, with no score', () => {
    const values = scormValues(openedLesson(start, 'definitions'), 'lessons/definitions/index.html', 80);
    expect(value(values, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(value(values, 'cmi.core.lesson_location')).toBe('lessons/definitions/index.html');
    expect(value(values, 'cmi.core.score.raw')).toBeUndefined();
  });

  it('passes a round at the mastery score and fails one below it', () => {
    const pass = scormValues(finishedRound(start, 8, 10), '', 80);
    expect(value(pass, 'cmi.core.score.raw')).toBe('80');
    expect(value(pass, 'cmi.core.score.min')).toBe('0');
    expect(value(pass, 'cmi.core.score.max')).toBe('100');
    expect(value(pass, 'cmi.core.lesson_status')).toBe('passed');
    const fail = scormValues(finishedRound(start, 7, 10), '', 80);
    expect(value(fail, 'cmi.core.score.raw')).toBe('70');
    expect(value(fail, 'cmi.core.lesson_status')).toBe('failed');
  });

  it('sets the score before the status, which some LMSs work out from the score', () => {
    const elements = scormValues(finishedRound(start, 9, 10), '', 80).map(([e]) => e);
    expect(elements.indexOf('cmi.core.score.raw')).toBeLessThan(elements.indexOf('cmi.core.lesson_status'));
  });

  it('keeps the best round, so a weaker retry never undoes a pass', () => {
    const passed = finishedRound(start, 9, 10);
    expect(finishedRound(passed, 4, 10).best).toEqual({ right: 9, total: 10 });
    expect(finishedRound(passed, 10, 10).best).toEqual({ right: 10, total: 10 });
  });

  it('ignores a round that cannot be right', () => {
    expect(finishedRound(start, 11, 10).best).toBeUndefined();
    expect(finishedRound(start, 1, 0).best).toBeUndefined();
    expect(finishedRound(start, -1, 10).best).toBeUndefined();
  });

  it("uses the LMS's mastery score when it sends one, else the course's", () => {
    expect(masteryScore('60')).toBe(60);
    expect(masteryScore('')).toBe(MASTERY_SCORE);
    expect(masteryScore('lots')).toBe(MASTERY_SCORE);
    expect(masteryScore('120')).toBe(MASTERY_SCORE);
  });

  it('leaves out a location too long for SCORM 1.2', () => {
    expect(value(scormValues(start, 'x'.repeat(256), 80), 'cmi.core.lesson_location')).toBeUndefined();
  });
});

describe('picking up where the learner left off', () => {
  it('reads back what it wrote', () => {
    const progress = finishedRound(answeredCheck(openedLesson(start, 'winning'), 'check-1'), 7, 10);
    expect(readProgress(writeProgress(progress))).toEqual(progress);
  });

  it('counts a lesson or check once', () => {
    const twice = openedLesson(openedLesson(start, 'winning'), 'winning');
    expect(twice.lessons).toEqual(['winning']);
    expect(answeredCheck(answeredCheck(start, 'a'), 'a').checks).toEqual(['a']);
  });

  it('starts afresh from data it cannot read', () => {
    for (const bad of ['', 'not json', '[1,2]', 'null', '{"l":"winning","b":[12,10]}'])
      expect(readProgress(bad)).toEqual({ lessons: [], checks: [] });
    expect(readProgress('{"l":["ok","<bad>"]}').lessons).toEqual(['ok']);
  });

  it('keeps suspend_data within 4096 characters, dropping answered checks first', () => {
    let progress = finishedRound(openedLesson(start, 'winning'), 9, 10);
    for (let i = 0; i < 200; i++) progress = answeredCheck(progress, `a-rather-long-check-name-${i}`);
    const data = writeProgress(progress);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(readProgress(data)).toEqual({ ...progress, checks: [] });
  });

  it('reopens the last page when it is still in the package', () => {
    const pages = ['index.html', 'lessons/winning/index.html'];
    expect(resumePage('lessons/winning/index.html', pages)).toBe('lessons/winning/index.html');
    expect(resumePage('lessons/gone/index.html', pages)).toBe('index.html');
    expect(resumePage('', pages)).toBe('index.html');
  });

  it('writes the time spent as SCORM 1.2 expects', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_450)).toBe('0001:02:03.45');
  });
});
