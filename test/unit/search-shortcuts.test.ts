import { describe, expect, it } from 'vitest';
import { searchShortcut } from '../../src/lib/search-shortcuts.ts';

const press = (key: string, extra: Partial<Parameters<typeof searchShortcut>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  ...extra,
});

describe('searchShortcut', () => {
  it('opens search with Ctrl+K or ⌘+K, even from a form field', () => {
    expect(searchShortcut(press('k', { ctrlKey: true, inField: true }), true)).toBe('open');
    expect(searchShortcut(press('K', { metaKey: true }), false)).toBe('open');
  });

  it('opens search with "/" outside form fields while single-key shortcuts are on', () => {
    expect(searchShortcut(press('/'), true)).toBe('open');
    expect(searchShortcut(press('/', { inField: true }), true)).toBeNull();
    expect(searchShortcut(press('/'), false)).toBeNull();
  });

  it('ignores other keys and modified slashes', () => {
    expect(searchShortcut(press('k'), true)).toBeNull();
    expect(searchShortcut(press('/', { ctrlKey: true }), true)).toBeNull();
    expect(searchShortcut(press('k', { ctrlKey: true, altKey: true }), true)).toBeNull();
  });
});
