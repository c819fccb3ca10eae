import { describe, expect, it } from 'vitest';
import { stepMove } from '../../src/lib/step-keys.ts';

const press = (
  key: string,
  more: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean; inField: boolean }> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  ...more,
});
const middle = { atTop: false, atEnd: false };
const end = { atTop: false, atEnd: true };
const top = { atTop: true, atEnd: false };

describe('the keys that move through a workshop walk-through', () => {
  it('moves with the arrow keys wherever the page is scrolled', () => {
    expect(stepMove(press('ArrowRight'), middle, true)).toBe('next');
    expect(stepMove(press('ArrowLeft'), middle, true)).toBe('back');
  });

  it('lets Page Down and Space scroll the page first, and go on only at its end', () => {
    expect(stepMove(press('PageDown'), middle, true)).toBeUndefined();
    expect(stepMove(press(' '), middle, true)).toBeUndefined();
    expect(stepMove(press('PageDown'), end, true)).toBe('next');
    expect(stepMove(press(' '), end, true)).toBe('next');
  });

  it('lets Page Up scroll up first, and go back only from the top', () => {
    expect(stepMove(press('PageUp'), middle, true)).toBeUndefined();
    expect(stepMove(press('PageUp'), top, true)).toBe('back');
    expect(stepMove(press(' ', { shiftKey: true }), top, true)).toBe('back');
  });

  it('does nothing when the keys are turned off, in a field, or with a modifier', () => {
    expect(stepMove(press('ArrowRight'), end, false)).toBeUndefined();
    expect(stepMove(press('ArrowRight', { inField: true }), end, true)).toBeUndefined();
    expect(stepMove(press('ArrowLeft', { altKey: true }), top, true)).toBeUndefined();
    expect(stepMove(press('PageDown', { ctrlKey: true }), end, true)).toBeUndefined();
    expect(stepMove(press('n'), end, true)).toBeUndefined();
  });
});
