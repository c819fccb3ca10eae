import { describe, expect, it } from 'vitest';
import { parseProgress, recordOpened } from '../../src/lib/reading-progress.ts';

describe('which lessons the reader has opened', () => {
  it('remembers every lesson opened, in the order opened, each once', () => {
    let stored: string | null = null;
    for (const id of ['definitions', 'converting', 'definitions', 'consumers']) stored = recordOpened(stored, id);
    expect(parseProgress(stored)).toEqual(['definitions', 'converting', 'consumers']);
  });

  it('starts from nothing read when the stored value is missing, corrupt or the wrong shape', () => {
    for (const raw of [null, undefined, '', '{', '"definitions"', '{"0":"definitions"}', '42']) expect(parseProgress(raw)).toEqual([]);
  });

  it('keeps the readable ids of a damaged list and drops the rest', () => {
    const raw = JSON.stringify(['definitions', 7, null, 'Not An Id', 'a'.repeat(81), 'a'.repeat(80), 'converting', 'definitions']);
    expect(parseProgress(raw)).toEqual(['definitions', 'a'.repeat(80), 'converting']);
  });

  it('records nothing for an id that is not a lesson’s, and does not lose what was there', () => {
    const before = recordOpened(null, 'definitions');
    expect(parseProgress(recordOpened(before, '../etc/passwd'))).toEqual(['definitions']);
    expect(parseProgress(recordOpened(before, ''))).toEqual(['definitions']);
  });
});
