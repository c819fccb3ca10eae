import { describe, expect, it } from 'vitest';
import { readLastResult, storeLastResult } from '../../src/lib/last-result.ts';
import { encodeAnswers } from '../../src/lib/quiz-url-state.ts';
import { fillIn } from '../../src/lib/fill-in.ts';

const shape = [3, 3, 3];
const a = encodeAnswers([0, 1, 2]);

describe('last result in storage', () => {
  it('reads back the answers it stored', () => {
    expect(readLastResult(storeLastResult(a), shape)).toEqual({ a, picks: [0, 1, 2] });
  });

  it('keeps no outcome beside the answers it is worked out from', () => {
    expect(JSON.parse(storeLastResult(a))).toEqual({ a });
  });

  it('reads an older copy that also named an outcome by its answers alone', () => {
    expect(readLastResult(JSON.stringify({ a, outcome: 'banana' }), shape)).toEqual({ a, picks: [0, 1, 2] });
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['null', 'null'],
    ['no answers', JSON.stringify({ outcome: 'hybrid' })],
    ['answers that fail their check', JSON.stringify({ a: '123z', outcome: 'hybrid' })],
    ['an incomplete set', JSON.stringify({ a: encodeAnswers([0]), outcome: 'hybrid' })],
    ['answers of another shape', JSON.stringify({ a: encodeAnswers([0, 1, 2, 0]), outcome: 'hybrid' })],
  ])('ignores %s', (_label, raw) => {
    expect(readLastResult(raw, shape)).toBeNull();
  });
});

describe('fillIn', () => {
  it('fills known slots and leaves unknown ones visible', () => {
    expect(fillIn('Question {n} of {total}, {oops}', { n: 2, total: 10 })).toBe('Question 2 of 10, {oops}');
  });
});
