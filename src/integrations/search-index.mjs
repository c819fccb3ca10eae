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
 * Parts of pages that repeat what the page already says, left out of the search index here
 * because they sit in layouts or components used elsewhere, where no data-pagefind-ignore
 * attribute can single them out. Everything else that search leaves out carries that attribute
 * in its own markup.
 */
export const LEFT_OUT = [
  // A lesson's key takeaways restate the lesson above them.
  '.lesson > .takeaways',
  // A quiz result repeats the quiz page's own "How we score".
  '.quiz-result-page > .quiz-how',
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
