import { isPresentShortcut, PRESENT_KEY_STORAGE } from '../lib/present-shortcut.ts';
import { keyPress } from './in-field.ts';
import { safeStorage } from './safe-storage.ts';

/** Fired on document when the reader presses P to turn presentation mode on or off. */
export const PRESENT_KEY_EVENT = 'coc:presentkey';

/** Fired on document whenever presentation mode is turned on or off from the page. */
export const PRESENT_CHANGE = 'coc:presentchange';

/**
 * Watches for P (unless the reader turned the key off in Share), and on the first press loads
 * presentation mode's controls (`load`), which then act on this press and every later one, so
 * pages that never present carry only this much.
 */
export function watchPresentKey(load: () => Promise<void>): void {
  document.addEventListener('keydown', (event) => {
    if (event.repeat || !isPresentShortcut(keyPress(event), safeStorage.get(PRESENT_KEY_STORAGE) !== 'off')) return;
    load()
      .then(() => document.dispatchEvent(new Event(PRESENT_KEY_EVENT)))
      .catch(() => {});
  });
}
