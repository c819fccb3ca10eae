import { describe, expect, it } from 'vitest';
import type { ChosenAnswer, Lean } from '../../src/lib/classify-business.ts';
import { quizPosition } from '../../src/lib/quiz-position.ts';

const axes = { tailoring: ['offering', 'personalisation'], relationship: ['relationship-length', 'agreements'] };
const a = (dimension: string, lean: Lean, weight = 2): ChosenAnswer => ({ dimension, lean, weight });

describe('quizPosition', () => {
  it('puts an all-client business at the top right and an all-customer one at the bottom left', () => {
    const client = ['offering', 'personalisation', 'relationship-length', 'agreements'].map((d) => a(d, 'client'));
    expect(quizPosition(client, axes)).toMatchObject({ tailoring: 100, relationship: 100 });
    expect(
      quizPosition(
        client.map((c) => ({ ...c, lean: 'customer' as const })),
        axes,
      ),
    ).toMatchObject({ tailoring: 0, relationship: 0 });
  });

  it('moves each axis only by its own questions', () => {
    const p = quizPosition(
      [a('offering', 'client', 3), a('personalisation', 'client'), a('relationship-length', 'customer'), a('agreements', 'customer')],
      axes,
    );
    expect(p).toEqual({ tailoring: 100, relationship: 0, answered: { tailoring: 2, relationship: 2 } });
  });

  it('weighs answers as the quiz does, an "it varies" answer counting half each way', () => {
    // Tailoring: 3 client points out of 3 + 1 = 75. Relationship: 1 of 2 from "both" = 50.
    const p = quizPosition([a('offering', 'client', 3), a('personalisation', 'customer', 1), a('agreements', 'both', 2)], axes);
    expect(p.tailoring).toBe(75);
    expect(p.relationship).toBe(50);
  });

  it('sits in the middle of an axis with no answers, and says so', () => {
    const p = quizPosition([null, undefined, a('offering', 'client')], axes);
    expect(p).toEqual({ tailoring: 100, relationship: 50, answered: { tailoring: 1, relationship: 0 } });
  });

  it('ignores questions outside both axes and weights that are not positive numbers', () => {
    const p = quizPosition(
      [a('finding-buyers', 'client', 3), a('offering', 'client', Number.NaN), a('personalisation', 'customer', -2)],
      axes,
    );
    expect(p).toEqual({ tailoring: 50, relationship: 50, answered: { tailoring: 0, relationship: 0 } });
  });

  it('always gives whole numbers from 0 to 100', () => {
    const p = quizPosition([a('offering', 'client', 1), a('personalisation', 'customer', 2)], axes);
    expect(p.tailoring).toBe(33);
  });
});
