import * as pagefind from 'pagefind';

/**
 * Parts of pages that repeat what the page already says, left out of the search index here
 * because they sit in shared layouts or components used elsewhere, where no
 * data-pagefind-ignore attribute can single them out. Everything else that search leaves out
 * carries that attribute in its own markup.
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
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: LEFT_OUT });
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
