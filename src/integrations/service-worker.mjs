// Writes dist/sw.js, the service worker that keeps the site working offline once it has been
// opened: every page, script, style and the whole search index are fetched in the background on
// the first visit and served from the cache when the network fails.
// Runs from the build-done hook, after the search index, so the index is saved too.
import { generateSW } from 'workbox-build';

/** Writes <dist>/sw.js; `dist` is the build's output folder, ending in a slash. */
export async function writeServiceWorker(dist) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    // The heading face (woff2) too, so headings keep their look offline; browsers that take woff2 never ask for the .woff.
    globPatterns: ['**/*.{html,js,css,svg,json,woff2}', 'pagefind/**/*'],
    globIgnores: [
      'sw.js',
      // Link-preview cards are for other sites' previews, never shown on a page.
      'og/**',
      // Embedded views are shown inside other sites' pages, which never install this worker.
      'embed/**',
      // Pagefind ships UIs this site does not use (it has its own search box over pagefind.js),
      // a worker it does not start, and the WebAssembly for pages without a language.
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
    ],
    swDest: `${dist}sw.js`,
    // Each file is keyed by a hash of its content, so a new deployment replaces exactly what changed.
    // Files whose names already carry a hash need no second one in the URL.
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(index|fragment|filter)\//,
    // Query strings on this static site are page state (?q=, ?highlight=, a quiz result …): the
    // page is the same file whatever they say.
    ignoreURLParametersMatching: [/./],
    // A new version waits until every tab of the old one is closed, or until the reader accepts
    // the "new version" notice, so an open page never mixes files from two deployments.
    skipWaiting: false,
    // The very first worker takes charge at once, so the page that installed it works offline.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });

  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
