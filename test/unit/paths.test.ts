import { describe, expect, it } from 'vitest';
import { asFolder, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/', '/lessons/')).toBe('/lessons/');
  });

  it('puts a sub-folder base in front, with or without its trailing slash', () => {
    expect(withBase('/coc/', '/lessons/')).toBe('/coc/lessons/');
    expect(withBase('/coc', 'lessons/')).toBe('/coc/lessons/');
  });

  it('does not touch external links, protocol-relative links or fragments', () => {
    expect(withBase('/coc/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/coc/', '//cdn.example.org/x')).toBe('//cdn.example.org/x');
    expect(withBase('/coc/', '#top')).toBe('#top');
  });
});

describe('asFolder', () => {
  it('gives a base path exactly one trailing slash', () => {
    expect(asFolder('/')).toBe('/');
    expect(asFolder('/docs')).toBe('/docs/');
    expect(asFolder('/docs//')).toBe('/docs/');
  });
});
