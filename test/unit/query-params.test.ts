import { describe, expect, it } from 'vitest';
import { pageQuery, replaceParams } from '../../src/lib/query-params.ts';

describe('pageQuery', () => {
  it('writes the page’s own parameters and keeps presentation mode and highlights', () => {
    expect(pageQuery('?present=1&highlight=fee&stale=x', { a: '12c', q: null })).toBe('?a=12c&present=1&highlight=fee');
  });
  it('takes the page’s own part as a ready query string too', () => {
    expect(pageQuery('?present=1', 'customers=10&months=12')).toBe('?customers=10&months=12&present=1');
  });
  it('gives an empty string when nothing is left', () => {
    expect(pageQuery('?junk=1', { a: null })).toBe('');
    expect(pageQuery('', '')).toBe('');
  });
});

describe('replaceParams', () => {
  it('sets and removes some parameters and keeps the rest', () => {
    expect(replaceParams('?x=1&a=2', { a: null, b: '3' })).toBe('?x=1&b=3');
  });
});
