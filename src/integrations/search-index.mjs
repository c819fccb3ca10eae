import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into <dist>/pagefind/ from the built pages. Run from the
 * build-done hook, so `astro build` alone gives a site whose search works.
 */
export async function writeSearchIndex(dist) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
