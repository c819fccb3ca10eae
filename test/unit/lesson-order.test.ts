import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbours } from '../../src/lib/lesson-order.ts';

const lesson = (id: string, order: number) => ({ id, data: { order } });
const lessons = [lesson('c', 3), lesson('a', 1), lesson('b', 2)];

describe('lesson order', () => {
  it('sorts by order, then by id when two share a number', () => {
    expect(inReadingOrder(lessons).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(inReadingOrder([lesson('z', 1), lesson('y', 1)]).map((l) => l.id)).toEqual(['y', 'z']);
  });

  it('finds the previous and next lesson, and none past either end', () => {
    expect(neighbours(lessons, 'b')).toEqual({ prev: lessons[1], next: lessons[0] });
    expect(neighbours(lessons, 'a').prev).toBeUndefined();
    expect(neighbours(lessons, 'c').next).toBeUndefined();
    expect(neighbours(lessons, 'missing')).toEqual({});
  });
});
