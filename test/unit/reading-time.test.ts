import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

describe('countWords', () => {
  it('counts prose words and skips frontmatter, JSX and link targets', () => {
    const mdx = '---\ntitle: "Ignored words here"\n---\n\n## A heading\n\nSee [the lesson](/lessons/x/) <Cite id="livechat" /> now.';
    expect(countWords(mdx)).toBe(6); // A heading See the lesson now
  });

  it('keeps words apart that a tag, a link target or a mark sat between', () => {
    expect(countWords('one<br/>two')).toBe(2);
    expect(countWords('[three](/x)four')).toBe(2);
    expect(countWords('five*six_seven`eight#nine|ten')).toBe(6);
  });

  it('skips only the frontmatter at the top, not text between two later rules', () => {
    expect(countWords('one\n---\ntwo three\n---\nfour')).toBe(4);
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
