import * as pagefind from 'pagefind';

/**
 * How many "locations" (for each word on each page: its positions, its changes of weight, plus
 * one) Pagefind puts in one chunk of the word index before starting the next. A query downloads
 * only the chunks its words fall in. Pagefind's default, 20,000, made this site's index one 30 KB
 * chunk and a remainder, and most two-word queries needed both, over the search budget. At 8,000
 * a chunk is about 12 KB gzipped, so even a query whose words fall in two chunks stays inside the
 * budget, and a longer site only adds chunks, not bytes per query.
 * Pagefind reads this setting only from its environment, under a name it calls unstable;
 * test/site/search-index.test.ts fails if it stops taking effect.
 */
export const INDEX_CHUNK_LOCATIONS = 8000;

/**
 * What search leaves out besides the elements marked data-pagefind-ignore: parts of pages that
 * repeat what the page already says, only name other pages, or are controls. Listed here where an
 * attribute cannot be used: in shared layouts and components, where it would catch the part on
 * every page; and inside islands, where it would add to the JavaScript of every page that runs them.
 * test/site/search-index.test.ts checks what the built index holds.
 */
export const LEFT_OUT = [
  // A lesson's key takeaways restate the lesson above them.
  '.lesson > .takeaways',
  // A quiz result repeats the quiz page's own "How we score".
  '.quiz-result-page > .quiz-how',
  // A lesson figure's sliders, read-outs and sorting game; its title, notes and caption stay.
  '.lesson-figure .figure-body',
  // The map's controls and details panel; the table below the map names every business.
  '.map-controls-area',
  '.map-panel',
  // The comparison table's controls and, in every row, the column names again and the linked sources.
  '.compare-filter-toggle',
  '.compare-table thead',
  '.compare-table .cell-label',
  '.compare-table .col-sources',
  '.compare-table .col-consumer .sr-only',
  '.criterion-more > p > strong:first-child',
  // A quiz result's links to lessons and the simulator, named beside the advice they go with.
  '.quiz-recommendations a',
  '.quiz-simulator .quiz-button',
];

/**
 * Builds the Pagefind search index into <dist>/pagefind/ from the built pages. Run from the
 * build-done hook, so `astro build` alone gives a site whose search works.
 */
export async function writeSearchIndex(dist) {
  // Read when Pagefind's indexer starts, which is at the first call below.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: LEFT_OUT });
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
