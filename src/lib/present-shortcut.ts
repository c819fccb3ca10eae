import type { KeyPress } from './search-shortcuts.ts';

/** The single key that turns presentation mode on and off. */
export const PRESENT_KEY = 'p';

/** localStorage key: "off" when the reader has turned the presentation-mode key off. */
export const PRESENT_KEY_STORAGE = 'coc:present-key';

/**
 * Whether a key press toggles presentation mode: the plain P key outside form fields, and only
 * while the reader has the key on (WCAG 2.1.4: a single-key shortcut must be able to be turned off).
 */
export function isPresentShortcut(press: KeyPress, enabled: boolean): boolean {
  return enabled && press.key.toLowerCase() === PRESENT_KEY && !press.ctrlKey && !press.metaKey && !press.altKey && !press.inField;
}
