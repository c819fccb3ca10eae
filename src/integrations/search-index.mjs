import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/** Elements whose text a reader sees apart from the next element's, though the HTML puts no space between them. */
const SEPARATE = 'th|td|li|dt|dd|caption|figcaption|summary|legend|label|p|h[1-6]|div|text|tspan';
const GLUED = new RegExp(`(</(?:${SEPARATE})>)(?=<)`, 'gi');

/**
 * A page as search reads it: a space after every table cell, list item, caption or figure label
 * that the HTML runs straight into the next, so an excerpt never reads "FigureBookkeeping client"
 * where a table's header cells "Figure" and "Bookkeeping client" sit side by side. The served
 * page is untouched.
 */
export const spacedForSearch = (html) => html.replace(GLUED, '$1 ');

async function* htmlFiles(dir, root = dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(root, path) !== 'pagefind') yield* htmlFiles(path, root);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Builds the Pagefind search index into <dist>/pagefind/ from the built pages. Run from the
 * build-done hook, so `astro build` alone gives a site whose search works.
 */
export async function writeSearchIndex(dist) {
  // Read when Pagefind's indexer starts, which is at the first call below.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: LEFT_OUT });
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for await (const file of htmlFiles(dist)) {
    const added = await index.addHTMLFile({
      sourcePath: relative(dist, file).split(sep).join('/'),
      content: spacedForSearch(await readFile(file, 'utf8')),
    });
    if (added.errors.length) throw new Error(`search index: ${file}: ${added.errors.join('; ')}`);
    if (added.file) pages += 1;
  }
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}
