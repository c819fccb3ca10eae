import { describe, expect, it } from 'vitest';
import { classifyBusiness, type ChosenAnswer, type Lean, type QuizAxes } from '../../src/lib/classify-business.ts';

/** Two made-up questions per axis, and one that is on neither. */
const axes: QuizAxes = { tailoring: ['t1', 't2'], relationship: ['r1', 'r2'] };
const answer = (dimension: string, lean: Lean, weight = 2): ChosenAnswer => ({ dimension, lean, weight });
/** One axis's answers giving it exactly `score` out of 100: client weight `score`, customer weight the rest. */
const scored = (axis: 't' | 'r', score: number) => [answer(`${axis}1`, 'client', score), answer(`${axis}2`, 'customer', 100 - score)];
const outcomeAt = (tailoring: number, relationship: number) =>
  classifyBusiness([...scored('t', tailoring), ...scored('r', relationship)], axes).outcome;

describe('classifyBusiness', () => {
  it('calls a business client-based when it answers yes to both questions of the test', () => {
    const result = classifyBusiness([answer('t1', 'client'), answer('r1', 'client', 3)], axes);
    expect(result).toMatchObject({
      outcome: 'client-based',
      region: 'client',
      position: { tailoring: 100, relationship: 100 },
      clientShare: 1,
    });
  });

  it('calls a business customer-based when it answers no to both', () => {
    expect(classifyBusiness([answer('t1', 'customer'), answer('r2', 'customer')], axes)).toMatchObject({
      outcome: 'customer-based',
      region: 'customer',
    });
  });

  it('calls a business hybrid when it answers yes to one question and no to the other, either way round', () => {
    expect(classifyBusiness([answer('t1', 'client'), answer('r1', 'customer')], axes)).toMatchObject({
      outcome: 'hybrid',
      region: 'one-off-job',
    });
    expect(classifyBusiness([answer('t1', 'customer'), answer('r1', 'client')], axes)).toMatchObject({
      outcome: 'hybrid',
      region: 'standard-lasting',
    });
  });

  // The threshold on each side: 51 answers yes, 49 answers no, and exactly 50 is on the line.
  it('counts 51 as yes on both questions: client-based', () => {
    expect(outcomeAt(51, 51)).toBe('client-based');
    expect(outcomeAt(51, 100)).toBe('client-based');
  });

  it('puts a score of exactly 50 on the line, in between: hybrid, however high the other score', () => {
    expect(outcomeAt(50, 50)).toBe('hybrid');
    expect(outcomeAt(50, 100)).toBe('hybrid');
    expect(outcomeAt(100, 50)).toBe('hybrid');
    expect(outcomeAt(50, 0)).toBe('hybrid');
  });

  it('sorts a reader who answers "it varies" throughout as serving both, not as client-based', () => {
    const varies = classifyBusiness([answer('t1', 'both'), answer('r1', 'both')], axes);
    expect(varies).toMatchObject({ outcome: 'hybrid', onTheLine: true, position: { tailoring: 50, relationship: 50 } });
    expect(classifyBusiness([answer('t1', 'client'), answer('r1', 'client')], axes).onTheLine).toBe(false);
  });

  it('counts 49 as no: one 49 makes a client business hybrid, two make it customer-based', () => {
    expect(outcomeAt(49, 100)).toBe('hybrid');
    expect(outcomeAt(100, 49)).toBe('hybrid');
    expect(outcomeAt(49, 49)).toBe('customer-based');
    expect(outcomeAt(49, 50)).toBe('hybrid');
    expect(outcomeAt(50, 49)).toBe('hybrid');
    expect(outcomeAt(0, 49)).toBe('customer-based');
  });

  it('lets an answer off both axes change nothing', () => {
    const on = [answer('t1', 'client'), answer('r1', 'client')];
    expect(classifyBusiness([...on, answer('elsewhere', 'customer', 3)], axes).outcome).toBe('client-based');
    expect(classifyBusiness([answer('elsewhere', 'customer', 3)], axes).outcome).toBeNull();
  });

  it('ignores unanswered questions but keeps their place in the breakdown', () => {
    const result = classifyBusiness([answer('t1', 'client', 2), null, undefined, answer('r2', 'client', 3)], axes);
    expect(result.outcome).toBe('client-based');
    expect(result.answered).toBe(2);
    expect(result.breakdown).toHaveLength(4);
    expect(result.breakdown[1]).toBeNull();
    expect(result.breakdown[3]).toEqual({ dimension: 'r2', lean: 'client', weight: 3 });
  });

  it('gives no verdict when nothing is answered, and no NaN', () => {
    for (const answers of [[], [null, null]]) {
      const result = classifyBusiness(answers, axes);
      expect(result.outcome).toBeNull();
      expect(result.region).toBeNull();
      expect(result.clientShare).toBe(0.5);
    }
  });

  it('counts a broken weight as nothing rather than poisoning the scores', () => {
    const result = classifyBusiness([answer('t1', 'client', Number.NaN), answer('t2', 'customer', 2), answer('r1', 'customer')], axes);
    expect(result.outcome).toBe('customer-based');
    expect(result.breakdown[0]?.weight).toBe(0);
    expect(Number.isFinite(result.clientShare)).toBe(true);
  });
});

describe('classifyBusiness: how much each answer counts', () => {
  it('counts an “it varies” answer as half for clients in the client share', () => {
    expect(classifyBusiness([answer('t1', 'both', 2), answer('r1', 'customer', 2)], axes).clientShare).toBe(0.25);
    expect(classifyBusiness([answer('t1', 'both', 3), answer('r1', 'client', 1)], axes).clientShare).toBe(0.625);
  });

  it('gives an answer with a broken weight (negative, zero, not a number, endless) no say at all', () => {
    for (const weight of [-3, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = classifyBusiness([answer('t1', 'customer', weight), answer('t2', 'client', 1), answer('r1', 'client', 1)], axes);
      expect(result, `weight ${weight}`).toMatchObject({ outcome: 'client-based', clientShare: 1 });
      expect(result.breakdown[0]?.weight, `weight ${weight}`).toBe(0);
    }
  });

  it('leaves an answer to a question on neither axis out of the client share', () => {
    expect(classifyBusiness([answer('t1', 'customer', 2), answer('elsewhere', 'client', 3)], axes).clientShare).toBe(0);
  });

  it('gives no verdict, and no place on a line, when no answer bears on the test', () => {
    expect(classifyBusiness([answer('elsewhere', 'client'), null], axes)).toMatchObject({
      outcome: null,
      region: null,
      onTheLine: false,
      answered: 1,
    });
  });

  it('puts a score half a point from the line on its side of it, not on the line', () => {
    expect(classifyBusiness([...scored('t', 50), ...scored('r', 90)], axes).onTheLine).toBe(true);
    const beside = classifyBusiness([answer('t1', 'client', 50.5), answer('t2', 'customer', 49.5), ...scored('r', 90)], axes);
    expect(beside).toMatchObject({ onTheLine: false, outcome: 'client-based' });
  });
});
