import { fileURLToPath } from 'node:url';
import { moveIslandStylesToHead } from './island-styles.mjs';
import { keepOnlyPageHashes } from './page-policy.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { showPackageSize, writeScormPackage } from './scorm-package/index.mjs';

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

/**
 * After Astro has written the pages: valid HTML (see island-styles.mjs), each page's policy
 * trimmed to its own inline code (page-policy.mjs), the SCORM package of the course, the search
 * index, then the offline service worker that saves it. Part of the build itself, so `astro build` alone leaves a complete site.
 */
/** @param {{ siteUrl?: string, base?: string }} options the public address with its base path when the build knows it, and the base path */
export function completeSite({ siteUrl, base = '/' } = {}) {
  return {
    name: 'complete-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await moveIslandStylesToHead(dist);
        await keepOnlyPageHashes(dist);
        let start = performance.now();
        const scorm = await writeScormPackage(dist, siteUrl, base.replace(/\/?$/, '/'));
        await showPackageSize(dist, scorm.bytes);
        logger.info(`SCORM package: ${scorm.files} files, ${(scorm.bytes / 1024).toFixed(0)} KiB in ${seconds(start)} s`);
        start = performance.now();
        const pages = await writeSearchIndex(dist);
        logger.info(`search index: ${pages} pages in ${seconds(start)} s`);
        start = performance.now();
        const { count, size } = await writeServiceWorker(dist);
        logger.info(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB in ${seconds(start)} s`);
      },
    },
  };
}
