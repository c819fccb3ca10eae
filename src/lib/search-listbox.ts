/**
 * The keyboard rules of the search box and its result list (the ARIA combobox pattern): focus
 * stays in the box while the arrow keys move a highlight through the results. Pure, so every
 * key can be tested without a page.
 */

/** Which result is highlighted; -1 when none is (the reader is still typing). */
export type Active = number;

export type ListboxAction =
  | { kind: 'move'; active: Active }
  /** Open the result at this position. */
  | { kind: 'open'; index: number }
  /** Not a key for the list: let the box (or the dialog) have it. */
  | { kind: 'none' };

/**
 * What a key pressed in the search box does, given the highlighted result and how many there
 * are. Down and Up move and wrap through "none highlighted", as a reader expects on reaching the
 * end; Enter opens the highlighted result, or the first when none is.
 */
export function listboxKey(key: string, active: Active, count: number): ListboxAction {
  if (count <= 0) return { kind: 'none' };
  const current = active >= 0 && active < count ? active : -1;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', active: current + 1 >= count ? -1 : current + 1 };
    case 'ArrowUp':
      return { kind: 'move', active: current <= -1 ? count - 1 : current - 1 };
    case 'Enter':
      return { kind: 'open', index: Math.max(current, 0) };
    default:
      return { kind: 'none' };
  }
}

/** A highlight kept across a new batch of results: the same position if it still exists. */
export function keepActive(active: Active, count: number): Active {
  return active >= 0 && active < count ? active : -1;
}
