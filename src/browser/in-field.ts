import type { KeyPress } from '../lib/search-shortcuts.ts';

/** Whether keys typed now go into a field or an open dialog, where single-key shortcuts must not fire. */
const inField = (el: Element | null): boolean =>
  !!el && (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || el.closest('dialog[open]') !== null);

/** A key press as the shortcut rules in src/lib read it. */
export const keyPress = (event: KeyboardEvent): KeyPress => ({
  key: event.key,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  altKey: event.altKey,
  inField: inField(document.activeElement),
});
