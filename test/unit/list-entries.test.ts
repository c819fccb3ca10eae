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

  it('leaves anything that is not a list for the loader to report', () => {
    expect(numberListEntries({ a: 1 })).toEqual({ a: 1 });
  });
});
