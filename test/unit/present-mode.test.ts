import { describe, expect, it } from 'vitest';
import { isPresenting, withPresenting } from '../../src/lib/present-mode.ts';

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
