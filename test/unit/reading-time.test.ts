import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

describe('countWords', () => {
  it('counts prose words and skips frontmatter, JSX and link targets', () => {
    const mdx = '---\ntitle: "Ignored words here"\n---\n\n## A heading\n\nSee [the lesson](/lessons/x/) <Cite id="livechat" /> now.';
    expect(countWords(mdx)).toBe(6); // A heading See the lesson now
  });

  it('does not count bare punctuation or table rules as words', () => {
    expect(countWords('| a | b |\n|---|---|\n- — -')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 200 words a minute', () => {
    expect(readingMinutes('word '.repeat(700))).toBe(4);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
