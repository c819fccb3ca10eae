import { describe, expect, it } from 'vitest';
import { byPhrase, entryFirst, namesQuery, wordsTogether } from '../../src/lib/search-ranking.ts';
import type { ResultView } from '../../src/lib/search-results.ts';

const view = (title: string, section: string | null, type: ResultView['type']): ResultView => ({
  url: `/${title}/`,
  title,
  section,
  type,
  excerpt: [],
});

describe('byPhrase', () => {
  const apart = { id: 'apart', score: 5.2, words: [10, 40, 90] };
  const together = { id: 'together', score: 5.1, words: [10, 11, 300] };

  it('puts a page where the words stand together before a slightly higher one where they are apart', () => {
    expect(byPhrase([apart, together], 'personal trainer').map((r) => r.id)).toEqual(['together', 'apart']);
  });

  it('keeps Pagefind’s order for a one-word query', () => {
    expect(byPhrase([apart, together], 'trainer').map((r) => r.id)).toEqual(['apart', 'together']);
  });

  it('does not let the penalty overturn a much stronger page', () => {
    const strong = { id: 'strong', score: 20, words: [1, 50] };
    expect(byPhrase([together, strong], 'sales cycle').map((r) => r.id)).toEqual(['strong', 'together']);
  });

  it('finds neighbours in any order', () => {
    expect(wordsTogether([30, 12, 29])).toBe(true);
    expect(wordsTogether([1, 3, 5])).toBe(false);
    expect(wordsTogether([])).toBe(false);
  });
});

describe('entryFirst', () => {
  const lesson = view('Agreements', 'Lifetime value', 'Lesson');
  const glossary = view('Glossary', 'Lifetime value', 'Glossary');
  const other = view('Simulator', 'Lifetime values', 'Tool');

  it('puts the glossary entry named as searched first, then other sections so named', () => {
    expect(entryFirst([other, lesson, glossary], 'Lifetime  value')).toEqual([glossary, lesson, other]);
  });

  it('leaves the order alone when nothing is named as searched', () => {
    expect(entryFirst([other, lesson, glossary], 'how to price')).toEqual([other, lesson, glossary]);
  });

  it('matches a term by its short name or by its long name in brackets', () => {
    const b2b = view('Glossary', 'B2B (business-to-business)', 'Glossary');
    expect(namesQuery(b2b, 'b2b')).toBe(true);
    expect(namesQuery(b2b, 'business to business')).toBe(true);
    expect(namesQuery(b2b, 'business')).toBe(false);
    expect(namesQuery(b2b, '')).toBe(false);
  });
});
