import { describe, expect, it } from 'vitest';
import { SCORING_RULES, classifyBusiness, type ChosenAnswer, type Lean } from '../../src/lib/classify-business.ts';

const answer = (lean: Lean, weight = 2, dimension = 'd'): ChosenAnswer => ({ dimension, lean, weight });
const many = (n: number, lean: Lean, weight = 2) => Array.from({ length: n }, (_, i) => answer(lean, weight, `${lean}-${i}`));

describe('classifyBusiness', () => {
  it('calls a business client-based when every answer points to clients', () => {
    const result = classifyBusiness(many(10, 'client'));
    expect(result.outcome).toBe('client-based');
    expect(result.rule).toBe('leans-client');
    expect(result.clientShare).toBe(1);
    expect(result.clearClient).toBe(10);
  });

  it('calls a business customer-based when every answer points to customers', () => {
    const result = classifyBusiness(many(10, 'customer'));
    expect(result.outcome).toBe('customer-based');
    expect(result.clientShare).toBe(0);
  });

  it('calls an all-"it varies" business hybrid, with the points split evenly', () => {
    const result = classifyBusiness(many(10, 'both', 1));
    expect(result.outcome).toBe('hybrid');
    expect(result.rule).toBe('mixed');
    expect(result.clientShare).toBe(0.5);
    expect(result.clearClient + result.clearCustomer).toBe(0);
  });

  it('calls a business hybrid when it shows clear signs both ways, even if the totals lean one way', () => {
    // 7 clear client signs and 3 clear customer signs average to 70% client: above the 2/3 bar.
    const answers = [...many(7, 'client'), ...many(SCORING_RULES.clearEachWay, 'customer')];
    const result = classifyBusiness(answers);
    expect(result.clientShare).toBeGreaterThan(SCORING_RULES.decisiveShare);
    expect(result.outcome).toBe('hybrid');
    expect(result.rule).toBe('clear-both-ways');
  });

  it('lets a few hints the other way stand when they are not clear signs', () => {
    const result = classifyBusiness([...many(7, 'client'), ...many(3, 'customer', 1)]);
    expect(result.outcome).toBe('client-based');
    expect(result.clearCustomer).toBe(0);
  });

  it('calls a close split hybrid', () => {
    const result = classifyBusiness([...many(2, 'client'), ...many(2, 'customer'), ...many(6, 'both', 1)]);
    expect(result.outcome).toBe('hybrid');
    expect(result.rule).toBe('mixed');
  });

  it('treats exactly two thirds as decisive', () => {
    expect(classifyBusiness([answer('client', 2), answer('customer', 1)]).outcome).toBe('client-based');
    expect(classifyBusiness([answer('customer', 2), answer('client', 1)]).outcome).toBe('customer-based');
  });

  it('ignores unanswered questions but keeps their place in the breakdown', () => {
    const result = classifyBusiness([answer('client', 2, 'offering'), null, undefined, answer('client', 3, 'money')]);
    expect(result.outcome).toBe('client-based');
    expect(result.answered).toBe(2);
    expect(result.breakdown).toHaveLength(4);
    expect(result.breakdown[1]).toBeNull();
    expect(result.breakdown[3]).toMatchObject({ dimension: 'money', lean: 'client', weight: 3, clear: true });
  });

  it('gives no verdict when nothing is answered, and no NaN', () => {
    for (const answers of [[], [null, null]]) {
      const result = classifyBusiness(answers);
      expect(result.outcome).toBeNull();
      expect(result.clientShare).toBe(0.5);
      expect(Number.isNaN(result.clientPoints)).toBe(false);
    }
  });

  it('counts a broken weight as nothing rather than poisoning the totals', () => {
    const result = classifyBusiness([answer('client', Number.NaN), answer('customer', 2)]);
    expect(result.outcome).toBe('customer-based');
    expect(Number.isFinite(result.clientShare)).toBe(true);
  });

  it('marks only weighted client or customer answers as clear signs', () => {
    const result = classifyBusiness([answer('client', 1), answer('customer', 2), answer('both', 3)]);
    expect(result.breakdown.map((d) => d?.clear)).toEqual([false, true, false]);
  });
});
