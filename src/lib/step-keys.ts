import type { KeyPress } from './search-shortcuts.ts';

/** Where the page is scrolled, as far as moving between workshop steps cares. */
export interface ScrollEnds {
  atTop: boolean;
  atEnd: boolean;
}

export type StepMove = 'next' | 'back';

/**
 * What a key does in a workshop walk-through. Presentation clickers send Page Down/Page Up or the
 * arrow keys. The arrows move at once (they do not scroll a page); Page Down and Space first scroll
 * the step's page and go on to the next step only at its end, and Page Up goes back only from its
 * top, so nothing on a long page is skipped. Off while the reader has turned the presentation keys
 * off (WCAG 2.1.4), inside form fields, and with a modifier (Shift+Space scrolls up).
 */
export function stepMove(press: KeyPress & { shiftKey: boolean }, scroll: ScrollEnds, enabled: boolean): StepMove | undefined {
  if (!enabled || press.inField || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.key === 'ArrowRight' && !press.shiftKey) return 'next';
  if (press.key === 'ArrowLeft' && !press.shiftKey) return 'back';
  if ((press.key === 'PageDown' || (press.key === ' ' && !press.shiftKey)) && scroll.atEnd) return 'next';
  if ((press.key === 'PageUp' || (press.key === ' ' && press.shiftKey)) && scroll.atTop) return 'back';
  return undefined;
}
