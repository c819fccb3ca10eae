import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './built-site.ts';
import { strings } from '../../src/strings/site.ts';
import { compareStrings } from '../../src/strings/compare.ts';
import { figureStrings } from '../../src/strings/figures.ts';
import { mapPageStrings } from '../../src/strings/map-page.ts';
import { INDEX_CHUNK_LOCATIONS, searchIndexWeight } from '../bench/search-index-weight.mjs';

const KB = 1024;
/**
 * What one chunk of the word index may weigh. Search's budget is 125 KB from Ctrl+K to the first
 * result; Pagefind's engine (about 73 KB), our box (4 KB) and five results (up to 18 KB) leave
 * some 30 KB for the index, and a two-word query may need two chunks.
 */
const CHUNK_BUDGET = 15 * KB;

const index = searchIndexWeight(dist);

describe('the search index', () => {
  it('is read from the files the build wrote: its list of chunks names every chunk file', () => {
    const files = readdirSync(join(dist, 'pagefind', 'index')).map((f) => `index/${f}`);
    expect(index.chunks.map((c) => c.file).sort()).toEqual(files.sort());
    expect(index.locations).toBeGreaterThan(5000);
  });

  it('is cut where src/integrations/search-index.mjs asks, not at Pagefind’s default of 20,000', () => {
    // Pagefind closes a chunk with the word that takes it to the limit: below it before that
    // word, at or over it after. The last chunk holds what is left.
    for (const [i, chunk] of index.chunks.entries()) {
      expect(chunk.locations - chunk.lastWord, chunk.file).toBeLessThan(INDEX_CHUNK_LOCATIONS);
      if (i < index.chunks.length - 1) expect(chunk.locations, chunk.file).toBeGreaterThanOrEqual(INDEX_CHUNK_LOCATIONS);
    }
  });

  it('keeps every chunk small enough that a two-word query stays within the search budget', () => {
    const heavy = index.chunks.filter((c) => c.gzip > CHUNK_BUDGET).map((c) => `${c.file}: ${(c.gzip / KB).toFixed(1)} KB`);
    expect(heavy).toEqual([]);
  });

  // Each page is still found by what it teaches, and never by its controls, its figures' labels
  // or lines that only repeat the page or name other pages.
  it.each([
    ['/map/', mapPageStrings.listed, 'Petrol station Customer'],
    ['/compare/', compareStrings.columns.tools, 'Nature of the relationship'],
    ['/compare/', compareStrings.notCovered, 'Ongoing and personal'],
    ['/lessons/who-has-which/', strings.lessonCheck.reveal, 'Same field, different answer'],
    ['/lessons/who-has-which/', figureStrings.sortBusinesses.lesson, 'Professional help means clients'],
    ['/lessons/definitions/', strings.lesson.takeaways, 'What is a client?'],
    ['/workshop/', strings.workshop.startsAt, 'Start from their own buying'],
    ['/quiz/result/hybrid/', 'How we score', 'Run two tracks'],
  ])('indexes %s without “%s”, and with “%s”', (path, leftOut, kept) => {
    const page = index.pages.find((p) => p.url.endsWith(path));
    expect(page, `${path} is indexed`).toBeDefined();
    expect(page!.text).not.toContain(leftOut.replace(/:$/, ''));
    expect(page!.text).toContain(kept);
  });

  // Pagefind reads a table's cells, a list's items and a figure's labels as one run of text when
  // the HTML puts no space between them; the index builder spaces them, so excerpts read as words.
  it('never glues a table cell or a label to the next word', () => {
    const lesson = index.pages.find((p) => p.url.endsWith('/lessons/agreements-pricing/'))!;
    expect(lesson.text).toContain('Figure Bookkeeping client Coffee shop customer');
    for (const page of index.pages) expect(page.text, page.url).not.toMatch(/FigureBookkeeping|clientCoffee/);
    // A reason whose article link is left out leaves no empty brackets behind.
    expect(index.pages.find((p) => p.url.endsWith('/map/'))!.text).not.toContain('()');
  });
});
