import { describe, expect, it } from 'vitest';
import { readableSize } from '../../src/lib/scorm-download.ts';

describe('the size beside the download link', () => {
  it('says kilobytes below a megabyte and megabytes from there, never "0 KB" or "1000 KB"', () => {
    expect(readableSize(120)).toBe('1 KB');
    expect(readableSize(291_600)).toBe('292 KB');
    expect(readableSize(999_499)).toBe('999 KB');
    expect(readableSize(999_500)).toBe('1.0 MB');
    expect(readableSize(1_234_567)).toBe('1.2 MB');
  });
});
