/** What a key press should do about search, given where focus is. Kept pure so it can be tested without a page. */
export type SearchShortcut = 'open' | null;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, select, or editable element: plain keys belong to it. */
  inField: boolean;
}

/**
 * Ctrl/⌘+K opens search from anywhere. "/" opens it only outside form fields, and only while
 * single-key shortcuts are on (WCAG 2.1.4 lets readers turn them off).
 */
export function searchShortcut(press: KeyPress, singleKeyShortcuts: boolean): SearchShortcut {
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return 'open';
  if (press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !press.inField && singleKeyShortcuts) return 'open';
  return null;
}

/** localStorage key: "off" when the reader has turned single-key shortcuts off. */
export const SINGLE_KEY_SHORTCUTS_KEY = 'coc:single-key-shortcuts';
