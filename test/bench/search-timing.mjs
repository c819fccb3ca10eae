// What a reader waits for and downloads when searching: from Ctrl+K on a text page to the first
// result, once per query in a fresh browser (nothing cached, no service worker), medians reported.
// Beside it, in the same run, Pagefind's Default UI (the one Starlight ships) over the same index,
// loaded with the page as Starlight does, so the two times are comparable on this machine.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tools/find-chromium.mjs';

// Two-word queries a reader new to the subject would type; an odd count so the median is one of them.
export const QUERIES = ['sales cycle', 'personal trainer', 'wealth management', 'repeat purchases', 'lifetime value'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;

/** Which part of search a file is: Pagefind's engine, its index, filters, fragments, or the UI around them. */
export function searchPart(url) {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'ui';
  const file = path.slice(path.lastIndexOf('/pagefind/') + '/pagefind/'.length);
  if (/^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.test(file)) return 'engine';
  if (/^(pagefind-entry\.json|[^/]+\.pf_meta|index\/)/.test(file)) return 'index';
  if (file.startsWith('filter/')) return 'filters';
  if (file.startsWith('fragment/')) return 'fragments';
  return 'ui';
}

/** Records every response from now on, with its gzipped size and part. */
function recordResponses(page, include = () => true) {
  const seen = [];
  const pending = [];
  page.on('response', (response) => {
    if (!include(response)) return;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) =>
          seen.push({
            url: response.url(),
            part: searchPart(response.url()),
            gzip: gzipBytes(body),
            type: response.request().resourceType(),
          }),
        ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return seen;
  };
}

const total = (files, part) => files.filter((f) => !part || f.part === part).reduce((s, f) => s + f.gzip, 0);
const summary = (files, ms) => ({
  ms,
  requests: files.length,
  bytes: total(files),
  ...Object.fromEntries(['ui', 'engine', 'index', 'filters', 'fragments'].map((p) => [p, total(files, p)])),
  fragmentRequests: files.filter((f) => f.part === 'fragments').length,
});

const OUR_INPUT = 'dialog[open] pagefind-input input, dialog[open] input[role="combobox"]';
const OUR_RESULT = 'dialog[open] pagefind-results .pf-result-link, dialog[open] .search-results [role="option"]';

async function ourSearch(browser, origin, query) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/lessons/definitions/`, { waitUntil: 'networkidle' });
    const files = recordResponses(page);
    const start = Date.now();
    await page.keyboard.press('Control+k');
    const input = page.locator(OUR_INPUT);
    await input.waitFor();
    await input.fill(query);
    await page.locator(OUR_RESULT).first().waitFor();
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    return summary(await files(), ms);
  } finally {
    await context.close();
  }
}

async function defaultUiSearch(browser, origin, query) {
  // The Default UI is not built for this site's CSP; this page is only a yardstick.
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/lessons/definitions/`, { waitUntil: 'networkidle' });
    await page.evaluate(async (bundle) => {
      const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-ui.css` });
      document.head.append(css);
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), {
          src: `${bundle}pagefind-ui.js`,
          onload: resolve,
          onerror: reject,
        });
        document.head.append(script);
      });
      const box = Object.assign(document.createElement('div'), { id: 'reference-search' });
      document.body.prepend(box);
      new window.PagefindUI({ element: '#reference-search', bundlePath: bundle, showImages: false });
    }, `${origin}/pagefind/`);
    await page.waitForLoadState('networkidle');
    const files = recordResponses(page);
    const start = Date.now();
    const input = page.locator('#reference-search input');
    await input.focus();
    await input.fill(query);
    await page.locator('#reference-search .pagefind-ui__result-link').first().waitFor();
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    return summary(await files(), ms);
  } finally {
    await context.close();
  }
}

/** What a lesson opened without ?highlight= fetches for highlighting: nothing is the goal. */
async function highlightWhenAbsent(browser, origin) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => /pagefind/.test(r.url()) && fetched.push(r.url()));
    await page.goto(`${origin}/lessons/definitions/`, { waitUntil: 'networkidle' });
    return { requests: fetched.length };
  } finally {
    await context.close();
  }
}

/** JavaScript the /search/ page downloads before anything is typed. */
async function searchPageScripts(browser, origin) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const files = recordResponses(
      page,
      (r) => ['script', 'worker'].includes(r.request().resourceType()) || new URL(r.url()).pathname.endsWith('.js'),
    );
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const seen = await files();
    return { bytes: total(seen), requests: seen.length, files: seen.map((f) => `${new URL(f.url).pathname} ${f.gzip}`) };
  } finally {
    await context.close();
  }
}

const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));

export async function searchTiming(origin, queries = QUERIES) {
  const browser = await chromium.launch(launchOptions());
  try {
    const ours = [];
    const reference = [];
    // Interleaved, so both UIs see the same machine load.
    for (const query of queries) {
      ours.push({ query, ...(await ourSearch(browser, origin, query)) });
      reference.push({ query, ...(await defaultUiSearch(browser, origin, query)) });
    }
    const strip = (runs) => medians(runs.map(({ query: _query, ...figures }) => figures));
    return {
      queries,
      ours: { median: strip(ours), runs: ours },
      defaultUi: { median: strip(reference), runs: reference },
      searchPage: await searchPageScripts(browser, origin),
      highlightWhenAbsent: await highlightWhenAbsent(browser, origin),
    };
  } finally {
    await browser.close();
  }
}

// node test/bench/search-timing.mjs http://127.0.0.1:4321 — the search figures alone, against a running preview.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await searchTiming(process.argv[2] ?? 'http://127.0.0.1:4321'), null, 2));
}
