import { describe, expect, it } from 'vitest';
import { clock, totalMinutes, withClock } from '../../src/lib/session-plan.ts';

describe('session timing', () => {
  it('adds up the steps', () => {
    expect(totalMinutes([{ minutes: 5 }, { minutes: 8 }, { minutes: 7 }])).toBe(20);
    expect(totalMinutes([])).toBe(0);
  });

  it('gives each step the minute it starts and ends at', () => {
    const steps = withClock([
      { minutes: 5, title: 'a' },
      { minutes: 8, title: 'b' },
      { minutes: 7, title: 'c' },
    ]);
    expect(steps.map((s) => [s.title, s.start, s.end])).toEqual([
      ['a', 0, 5],
      ['b', 5, 13],
      ['c', 13, 20],
    ]);
  });

  it('shows elapsed time as hours and minutes', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(5)).toBe('0:05');
    expect(clock(60)).toBe('1:00');
    expect(clock(85)).toBe('1:25');
  });

  it('never shows a negative or fractional clock', () => {
    expect(clock(-4)).toBe('0:00');
    expect(clock(12.6)).toBe('0:13');
  });
});
