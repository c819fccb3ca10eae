import { describe, expect, it } from 'vitest';
import { numberListEntries } from '../../src/lib/list-entries.ts';

describe('numberListEntries', () => {
  it('records where each entry sits in the file', () => {
    expect(numberListEntries([{ id: 'b' }, { id: 'a' }])).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
    ]);
  });

  it('gives an entry without an id a placeholder the schema rejects, naming the entry', () => {
    const [, second, third] = numberListEntries([{ id: 'a' }, { label: 'Pricing' }, 'stray text']) as { id: string }[];
    expect(second.id).toBe('entry 2 has no id');
    expect(third.id).toBe('entry 3 has no id');
    expect(second.id).not.toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps what a stray value or an empty entry held, and treats an empty or non-text id as missing', () => {
    expect(numberListEntries(['stray text', null, { id: '', label: 'x' }, { id: 7 }])).toEqual([
      { value: 'stray text', id: 'entry 1 has no id', position: 0 },
      { value: null, id: 'entry 2 has no id', position: 1 },
      { label: 'x', id: 'entry 3 has no id', position: 2 },
      { id: 'entry 4 has no id', position: 3 },
    ]);
  });

  it('leaves anything that is not a list for the loader to report', () => {
    expect(numberListEntries({ a: 1 })).toEqual({ a: 1 });
  });
});
