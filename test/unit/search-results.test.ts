import { describe, expect, it } from 'vitest';
import { bestSubResult, excerptParts, pageTypeOf, resultView, type PageData, type SubResult } from '../../src/lib/search-results.ts';

const at = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));
const sub = (title: string, url: string, excerpt: string, ...scores: number[]): SubResult => ({
  title,
  url,
  excerpt,
  weighted_locations: at(...scores),
});

describe('excerptParts', () => {
  it('closes the gap text left out of the index leaves before punctuation', () => {
    expect(excerptParts('what is <mark>bought</mark> . A client , often')).toEqual([
      { text: 'what is ', marked: false },
      { text: 'bought', marked: true },
      { text: '. A client, often', marked: false },
    ]);
  });
  it('splits marked words from plain text, without reading the text as HTML', () => {
    expect(excerptParts('why the <mark>sales</mark> <mark>cycle</mark> is longer')).toEqual([
      { text: 'why the ', marked: false },
      { text: 'sales', marked: true },
      { text: ' ', marked: false },
      { text: 'cycle', marked: true },
      { text: ' is longer', marked: false },
    ]);
  });

  it('decodes entities and drops any other tag, so "<img onerror>" can never reach the page', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <img src=x onerror=alert(1)>c')).toEqual([{ text: 'a <b> & c', marked: false }]);
  });

  it('marks the word and not the punctuation Pagefind marks with it', () => {
    expect(excerptParts('the <mark>value.</mark> Next')).toEqual([
      { text: 'the ', marked: false },
      { text: 'value', marked: true },
      { text: '. Next', marked: false },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('bestSubResult', () => {
  it('prefers the section that matched more of the query’s words over one that repeats one word', () => {
    const repeats = sub('Selling', '/l/#selling', '<mark>sales</mark> and <mark>sales</mark> and <mark>sales</mark>', 1, 1, 1, 1, 1);
    const both = sub('The sales cycle', '/l/#cycle', 'the <mark>sales</mark> <mark>cycle</mark>', 1, 1);
    expect(bestSubResult([repeats, both])).toBe(both);
  });

  it('between sections matching the same words, takes the one whose matches weigh more, then the earlier', () => {
    const body = sub('Body', '/l/#body', '<mark>churn</mark>', 1);
    const heading = sub('Churn', '/l/#churn', '<mark>churn</mark>', 7);
    const later = sub('Later', '/l/#later', '<mark>churn</mark>', 7);
    expect(bestSubResult([body, heading, later])).toBe(heading);
  });

  it('is null when the page has no sections', () => {
    expect(bestSubResult([])).toBeNull();
  });
});

describe('pageTypeOf', () => {
  it.each([
    [{ type: ['Lesson'] }, 'Lesson'],
    [{ type: ['Glossary'] }, 'Glossary'],
    [{ type: ['Source'] }, 'Source'],
    [{ type: ['Nonsense'] }, null],
    [{}, null],
    [undefined, null],
  ])('reads %j as %s', (filters, type) => {
    expect(pageTypeOf(filters as Record<string, string[]> | undefined)).toBe(type);
  });
});

describe('resultView', () => {
  const page: PageData = {
    url: '/glossary/?highlight=churn',
    excerpt: 'page <mark>churn</mark>',
    meta: { title: 'Glossary' },
    filters: { type: ['Glossary'] },
    sub_results: [
      sub('Glossary', '/glossary/?highlight=churn', 'intro', 0),
      sub('Churn', '/glossary/?highlight=churn#churn', 'The share who <mark>churn</mark>', 10),
    ],
  };

  it('opens the best section, names it under the title and labels the page type', () => {
    expect(resultView(page)).toEqual({
      url: '/glossary/?highlight=churn#churn',
      type: 'Glossary',
      title: 'Glossary',
      section: 'Churn',
      excerpt: [
        { text: 'The share who ', marked: false },
        { text: 'churn', marked: true },
      ],
    });
  });

  it('names no section when the best match is the page itself', () => {
    const view = resultView({ ...page, sub_results: [sub('Glossary', '/glossary/', 'intro <mark>churn</mark>', 3)] });
    expect(view.section).toBeNull();
    expect(view.url).toBe('/glossary/');
  });

  it('falls back to the page’s URL and excerpt when it has no sections or title', () => {
    const view = resultView({ url: '/x/', excerpt: 'plain', meta: {} });
    expect(view).toEqual({ url: '/x/', type: null, title: '/x/', section: null, excerpt: [{ text: 'plain', marked: false }] });
  });
});
