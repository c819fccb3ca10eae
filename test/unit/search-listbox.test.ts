import { describe, expect, it } from 'vitest';
import { keepActive, listboxKey } from '../../src/lib/search-listbox.ts';

describe('listboxKey', () => {
  it('moves down from the box into the list, through it, and back to the box after the last', () => {
    expect(listboxKey('ArrowDown', -1, 3)).toEqual({ kind: 'move', active: 0 });
    expect(listboxKey('ArrowDown', 1, 3)).toEqual({ kind: 'move', active: 2 });
    expect(listboxKey('ArrowDown', 2, 3)).toEqual({ kind: 'move', active: -1 });
  });

  it('moves up, and from the box to the last result', () => {
    expect(listboxKey('ArrowUp', -1, 3)).toEqual({ kind: 'move', active: 2 });
    expect(listboxKey('ArrowUp', 0, 3)).toEqual({ kind: 'move', active: -1 });
  });

  it('opens the highlighted result with Enter, or the first when none is', () => {
    expect(listboxKey('Enter', 2, 3)).toEqual({ kind: 'open', index: 2 });
    expect(listboxKey('Enter', -1, 3)).toEqual({ kind: 'open', index: 0 });
  });

  it('leaves other keys, and every key when there are no results, to the box', () => {
    expect(listboxKey('a', 0, 3)).toEqual({ kind: 'none' });
    expect(listboxKey('Home', 1, 3)).toEqual({ kind: 'none' });
    expect(listboxKey('ArrowDown', -1, 0)).toEqual({ kind: 'none' });
    expect(listboxKey('Enter', -1, 0)).toEqual({ kind: 'none' });
  });

  it('treats a highlight past the end (results shrank) as none', () => {
    expect(listboxKey('ArrowDown', 7, 3)).toEqual({ kind: 'move', active: 0 });
  });
});

describe('keepActive', () => {
  it('keeps a highlight that still exists and drops one that does not', () => {
    expect(keepActive(1, 3)).toBe(1);
    expect(keepActive(3, 3)).toBe(-1);
    expect(keepActive(-1, 3)).toBe(-1);
  });
});
