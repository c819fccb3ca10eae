/** Adult silent reading speed for plain non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Words in a piece of MDX or Markdown, ignoring frontmatter, JSX tags and link targets. */
export function countWords(text: string): number {
  const prose = text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|\-[\]]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
