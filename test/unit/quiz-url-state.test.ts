import { describe, expect, it } from 'vitest';
import {
  NOT_SURE,
  decodeAnswers,
  encodeAnswers,
  isAnswerCode,
  quizParams,
  readQuizLink,
  type Picks,
} from '../../src/lib/quiz-url-state.ts';
import { replaceParams } from '../../src/lib/query-params.ts';

const quizQuery = (picks: Picks, view: Parameters<typeof quizParams>[1]) => replaceParams('', quizParams(picks, view));

const shape = [4, 3, 4, 4, 3, 3, 3, 3, 4, 4];

describe('encodeAnswers / decodeAnswers', () => {
  it('round-trips every complete set of answers', () => {
    for (let trial = 0; trial < 200; trial++) {
      const picks = shape.map((n) => Math.floor(Math.random() * n));
      const decoded = decodeAnswers(encodeAnswers(picks), shape);
      expect(decoded).toEqual({ picks, intact: true });
    }
  });

  it('round-trips partial answers, with gaps and unanswered tails', () => {
    const picks = [1, null, 3, null, null, null, null, null, null, null];
    const text = encodeAnswers(picks);
    expect(text).toMatch(/^204[a-z]$/);
    expect(decodeAnswers(text, shape)).toEqual({ picks, intact: true });
  });

  it('keeps "Not sure" apart from unanswered, and round-trips it', () => {
    const picks: Picks = [NOT_SURE, 1, null, NOT_SURE, 0, NOT_SURE, 2, 0, 1, NOT_SURE];
    const text = encodeAnswers(picks);
    expect(text).toMatch(/^9209193129[a-z]$/);
    expect(isAnswerCode(text)).toBe(true);
    expect(decodeAnswers(text, shape)).toEqual({ picks, intact: true });
    // A whole set of "Not sure" is a complete set of answers, not a fresh quiz.
    const unsure: Picks = shape.map(() => NOT_SURE);
    expect(decodeAnswers(encodeAnswers(unsure), shape)).toEqual({ picks: unsure, intact: true });
    expect(readQuizLink(`?a=${encodeAnswers(unsure)}`, shape).view).toEqual({ kind: 'result' });
  });

  it('reads links made before "Not sure" existed exactly as before', () => {
    // Written by the earlier encoder: every answer the first one, and a partial set.
    expect(decodeAnswers('1111111111u', shape)).toEqual({ picks: shape.map(() => 0), intact: true });
    expect(encodeAnswers(shape.map(() => 0))).toBe('1111111111u');
    const partial = [1, null, 3, null, null, null, null, null, null, null];
    expect(decodeAnswers(encodeAnswers(partial), shape)).toEqual({ picks: partial, intact: true });
  });

  it('encodes a fresh quiz as nothing, and reads nothing as a fresh quiz', () => {
    expect(encodeAnswers(shape.map(() => null))).toBe('');
    expect(decodeAnswers('', shape)).toEqual({ picks: shape.map(() => null), intact: true });
    expect(decodeAnswers(null, shape).intact).toBe(true);
  });

  it('is compact: one character per question plus one check letter', () => {
    expect(encodeAnswers(shape.map(() => 0))).toHaveLength(shape.length + 1);
  });

  it('notices a truncated link and keeps only what it can read', () => {
    const full = encodeAnswers([0, 1, 2, 3, 0, 1, 2, 0, 1, 2]);
    const cut = full.slice(0, 5);
    const decoded = decodeAnswers(cut, shape);
    expect(decoded.intact).toBe(false);
    expect(decoded.picks.slice(0, 5)).toEqual([0, 1, 2, 3, 0]);
    expect(decoded.picks.slice(5)).toEqual([null, null, null, null, null]);
  });

  it('notices a changed digit through the check letter', () => {
    const text = encodeAnswers([0, 1, 2, 3, 0, 1, 2, 0, 1, 2]);
    const edited = `${text.slice(0, 3)}${text[3] === '1' ? '2' : '1'}${text.slice(4)}`;
    expect(decodeAnswers(edited, shape).intact).toBe(false);
  });

  it.each([
    ['letters', 'abc'],
    ['symbols', '12$%'],
    ['an answer past the last option', '9a'],
    ['an answer past the last option, with a good check letter', '5z'],
    ['more answers than questions', `${'1'.repeat(15)}a`],
    ['a very long value', '1'.repeat(5000)],
    ['unicode', '１２３'],
    ['a check letter only', 'q'],
  ])('rejects %s safely, without throwing', (_label, text) => {
    const decoded = decodeAnswers(text, shape);
    expect(decoded.intact).toBe(false);
    expect(decoded.picks).toHaveLength(shape.length);
    for (const [i, p] of decoded.picks.entries()) {
      if (typeof p === 'number') expect(p).toBeLessThan(shape[i]);
      else expect([null, NOT_SURE]).toContain(p);
    }
  });
});

describe('readQuizLink', () => {
  const complete = encodeAnswers([0, 1, 2, 3, 0, 1, 2, 0, 1, 2]);

  it('opens the result for a complete set', () => {
    expect(readQuizLink(`?a=${complete}`, shape)).toMatchObject({ view: { kind: 'result' }, damaged: false });
  });

  it('opens the first unanswered question for a partial set', () => {
    const link = readQuizLink(`?a=${encodeAnswers([0, 1, 2])}`, shape);
    expect(link.view).toEqual({ kind: 'question', index: 3 });
    expect(link.damaged).toBe(false);
  });

  it('reopens the question a link asks for', () => {
    expect(readQuizLink(`?a=${complete}&q=4`, shape).view).toEqual({ kind: 'question', index: 3 });
  });

  it('opens question 1 with no link at all', () => {
    expect(readQuizLink('', shape)).toEqual({ picks: shape.map(() => null), view: { kind: 'question', index: 0 }, damaged: false });
  });

  it.each(['?q=7', '?q=0', '?q=-1', '?q=abc', '?q=1e3', `?a=${encodeAnswers([0])}&q=9`])(
    'falls back to the first unanswered question for an unreachable or garbled step (%s)',
    (search) => {
      const link = readQuizLink(search, shape);
      expect(link.damaged).toBe(true);
      expect(link.view.kind).toBe('question');
    },
  );

  it('flags a tampered answer string and starts from the first unanswered question', () => {
    const link = readQuizLink('?a=12x9z', shape);
    expect(link.damaged).toBe(true);
    expect(link.view).toEqual({ kind: 'question', index: 2 });
    expect(link.picks.slice(0, 2)).toEqual([0, 1]);
  });

  it('does not jump to a verdict when a complete set fails its check: it reopens question 1 to review', () => {
    const link = readQuizLink(`?a=${complete.slice(0, -1)}${complete.endsWith('a') ? 'b' : 'a'}`, shape);
    expect(link.damaged).toBe(true);
    expect(link.view).toEqual({ kind: 'question', index: 0 });
    expect(link.picks).toEqual([0, 1, 2, 3, 0, 1, 2, 0, 1, 2]);
  });

  it('round-trips through quizQuery', () => {
    const picks = [0, 1, 2, 3, 0, 1, 2, 0, 1, 2];
    expect(readQuizLink(quizQuery(picks, { kind: 'result' }), shape)).toMatchObject({ picks, view: { kind: 'result' } });
    expect(readQuizLink(quizQuery(picks, { kind: 'question', index: 5 }), shape).view).toEqual({ kind: 'question', index: 5 });
    const partial = [0, 1, null, null, null, null, null, null, null, null];
    expect(readQuizLink(quizQuery(partial, { kind: 'question', index: 1 }), shape)).toMatchObject({
      picks: partial,
      view: { kind: 'question', index: 1 },
    });
    expect(
      quizQuery(
        shape.map(() => null),
        { kind: 'question', index: 0 },
      ),
    ).toBe('');
  });

  it('leaves other features’ parameters in the address alone', () => {
    const search = replaceParams('?present=1&a=old&q=2', quizParams([0, null], { kind: 'question', index: 1 }));
    expect(new URLSearchParams(search).get('present')).toBe('1');
    expect(new URLSearchParams(search).get('a')).toBe(encodeAnswers([0]));
    expect(new URLSearchParams(search).has('q')).toBe(false);
    expect(replaceParams('?present=1&a=x', { a: null, q: null })).toBe('?present=1');
  });
});

describe('isAnswerCode', () => {
  it('accepts a code this site wrote and rejects tampered or foreign ones', () => {
    const code = encodeAnswers([0, 2, 1]);
    expect(isAnswerCode(code)).toBe(true);
    expect(isAnswerCode(code.slice(0, -1) + (code.endsWith('a') ? 'b' : 'a'))).toBe(false);
    expect(isAnswerCode('123')).toBe(false);
    expect(isAnswerCode('<script>')).toBe(false);
    expect(isAnswerCode(null)).toBe(false);
  });
});
