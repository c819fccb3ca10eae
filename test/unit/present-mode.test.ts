import { describe, expect, it } from 'vitest';
import { carryPresenting, isPresenting, withPresenting } from '../../src/lib/present-mode.ts';
import { isPresentShortcut } from '../../src/lib/present-shortcut.ts';
import type { KeyPress } from '../../src/lib/search-shortcuts.ts';

const url = (s: string) => new URL(s, 'https://site.test');

describe('presentation mode in the URL', () => {
  it('is on only for present=1', () => {
    expect(isPresenting(url('/lessons/x/?present=1'))).toBe(true);
    expect(isPresenting(url('/lessons/x/?present=yes'))).toBe(false);
    expect(isPresenting(url('/lessons/x/'))).toBe(false);
  });

  it('toggles without losing other state or the section', () => {
    const on = withPresenting(url('/compare/?theme=money#pricing'), true);
    expect(on.search).toBe('?theme=money&present=1');
    expect(on.hash).toBe('#pricing');
    expect(withPresenting(on, false).href).toBe('https://site.test/compare/?theme=money#pricing');
  });
});

describe('carrying presentation mode to the next page', () => {
  const from = url('/lessons/x/?present=1&plan=plan-45&step=2');

  it('adds the session parameters to internal page links, keeping their own', () => {
    expect(carryPresenting(url('/compare/?theme=money#pricing'), from, '/')?.href).toBe(
      'https://site.test/compare/?theme=money&present=1&plan=plan-45&step=2#pricing',
    );
  });

  it('lets a link name its own step', () => {
    expect(carryPresenting(url('/quiz/?plan=plan-45&step=3'), from, '/')?.href).toBe(
      'https://site.test/quiz/?plan=plan-45&step=3&present=1',
    );
  });

  it('leaves links alone when not presenting, or when they leave the site or point at files', () => {
    expect(carryPresenting(url('/quiz/'), url('/lessons/x/'), '/')).toBeUndefined();
    expect(carryPresenting(new URL('https://elsewhere.test/a/'), from, '/')).toBeUndefined();
    expect(carryPresenting(url('/workshop/worksheet.pdf'), from, '/')).toBeUndefined();
    expect(carryPresenting(url('/other/'), from, '/site/')).toBeUndefined();
    expect(carryPresenting(url('/site/quiz/'), url('/site/?present=1'), '/site/')?.href).toBe('https://site.test/site/quiz/?present=1');
  });

  it('turning presentation off also ends a walk-through', () => {
    expect(withPresenting(from, false).href).toBe('https://site.test/lessons/x/');
  });
});

describe('the presentation-mode key', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    inField: false,
    ...extra,
  });
  it('is P outside fields, only while turned on', () => {
    expect(isPresentShortcut(press('p'), true)).toBe(true);
    expect(isPresentShortcut(press('P'), true)).toBe(true);
    expect(isPresentShortcut(press('p'), false)).toBe(false);
    expect(isPresentShortcut(press('p', { inField: true }), true)).toBe(false);
    expect(isPresentShortcut(press('p', { ctrlKey: true }), true)).toBe(false);
    expect(isPresentShortcut(press('o'), true)).toBe(false);
  });
});
