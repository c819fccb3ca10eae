// npm run bench: builds the site, measures it, prints a table and writes test/bench/results.json.
// Exits 1 when a budget is missed. Figures, not tests: run it on a quiet machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { firstLoadBytes } from './page-bytes.mjs';
import { RUNS, lighthouseMedian } from './lighthouse.mjs';
import { searchTiming } from './search-timing.mjs';
import { indexWeightLine, searchIndexWeight } from './search-index-weight.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const quick = process.argv.includes('--quick'); // skip Lighthouse
const KB = 1024;
const BUDGET = {
  // Text pages (home, lessons, search; the workshop for JS): what they run before any interaction, and their CSS.
  textPageJs: 2.8 * KB,
  textPageCss: 6 * KB,
  // Lighthouse mobile: the largest paint on text pages and on tool pages, and blocking time anywhere.
  textLcpMs: 1000,
  toolLcpMs: 1300,
  tbtMs: 50,
  figureLessonJs: 12 * KB,
  islandJs: 20 * KB,
  css: 15 * KB,
  lighthouse: 100,
  // Search: its own code, and Ctrl+K on a lesson to the first result (median over a few queries).
  searchUi: 6 * KB,
  searchBytes: 125 * KB,
  // 14, plus the search dialog's own styles, which no page loads before a reader reaches for search.
  searchRequests: 15,
  searchFragments: 5,
  searchPageJs: 20 * KB,
};
/**
 * The lesson whose figures weigh most, found in the build (figures move between lessons as the
 * course changes): the one to hold to the budget for lessons with figures.
 */
function heaviestFigureLesson() {
  const lessonsDir = join(dist, 'lessons');
  if (!existsSync(lessonsDir)) return null;
  const withFigures = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(lessonsDir, e.name, 'index.html')))
    .map((e) => `/lessons/${e.name}/`)
    .filter((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('data-lesson-figure='));
  return withFigures.sort((a, b) => firstLoadBytes(dist, b).js.gzip - firstLoadBytes(dist, a).js.gzip)[0] ?? null;
}

const PAGES = () =>
  [
    { type: 'home', path: '/', text: true },
    { type: 'lesson', path: '/lessons/definitions/', text: true },
    { type: 'figures', path: heaviestFigureLesson(), figures: true, textCss: true },
    { type: 'quiz', path: '/quiz/', island: true },
    { type: 'compare', path: '/compare/', island: true },
    { type: 'simulator', path: '/simulator/', island: true },
    // The map's own, tighter budget: it is the site's signature figure and must stay light.
    { type: 'map', path: '/map/', island: true, js: 15 * KB },
    { type: 'search', path: '/search/', text: true },
    // A tool page (ToolLayout) with no island: held to text pages' JavaScript, tool pages' largest paint.
    { type: 'workshop', path: '/workshop/', textJs: true, tool: true },
  ].filter((p) => p.path && existsSync(join(dist, p.path, 'index.html')));

/** Tool pages (an island, or ToolLayout) may paint their largest element later than text pages. */
const lcpBudget = (page) => (page.island || page.tool ? BUDGET.toolLcpMs : BUDGET.textLcpMs);

const node = process.execPath;
const dirBytes = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

console.log('Building…');
// The build writes the search index and the service worker itself and logs how long each took.
const buildStart = performance.now();
const buildLog = execFileSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const buildMs = Math.round(performance.now() - buildStart);
const loggedMs = (step) => Math.round(Number(buildLog.match(new RegExp(`${step}: .* in ([\\d.]+) s`))?.[1] ?? NaN) * 1000);
const indexMs = loggedMs('search index');
const serviceWorkerMs = loggedMs('service worker');
const pagefindDir = join(dist, 'pagefind');
const indexBytes = ['index', 'fragment', 'filter'].reduce((s, d) => s + dirBytes(join(pagefindDir, d)), 0);
const weight = searchIndexWeight(dist);
const indexWeight = { ...weight, pages: weight.pages.map(({ text: _text, ...page }) => page) };

const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 4390 } });
const origin = 'http://127.0.0.1:4390';
const rows = [];
const misses = [];
try {
  // Read after the build, so the lesson with figures is this build's.
  for (const page of PAGES()) {
    const bytes = firstLoadBytes(dist, page.path);
    const lh = quick ? null : await lighthouseMedian(origin + page.path);
    rows.push({ ...page, bytes, lighthouse: lh });
    if (page.figures && bytes.js.gzip > BUDGET.figureLessonJs)
      misses.push(`lesson with figures (${page.path}) JS ${bytes.js.gzip} B gzip > ${BUDGET.figureLessonJs}`);
    if (page.island && bytes.js.gzip > (page.js ?? BUDGET.islandJs))
      misses.push(`${page.type} JS ${bytes.js.gzip} B gzip > ${page.js ?? BUDGET.islandJs}`);
    if (bytes.css.gzip > BUDGET.css) misses.push(`${page.type} CSS ${bytes.css.gzip} B gzip > ${BUDGET.css}`);
    if ((page.text || page.textCss) && bytes.css.gzip > BUDGET.textPageCss)
      misses.push(`${page.type} CSS ${bytes.css.gzip} B gzip > ${BUDGET.textPageCss} (text page)`);
    if ((page.text || page.textJs) && bytes.js.gzip > BUDGET.textPageJs)
      misses.push(`${page.type} JS ${bytes.js.gzip} B gzip > ${BUDGET.textPageJs} (text page)`);
    if (lh) {
      if (lh.lcpMs > lcpBudget(page)) misses.push(`${page.type} LCP ${lh.lcpMs} ms > ${lcpBudget(page)}`);
      if (lh.tbtMs > BUDGET.tbtMs) misses.push(`${page.type} TBT ${lh.tbtMs} ms > ${BUDGET.tbtMs}`);
      for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
        if (lh[key] < BUDGET.lighthouse)
          misses.push(`${page.type} Lighthouse ${key} ${lh[key]} (failing: ${lh.failing.join(', ') || 'scored audits'})`);
      }
    }
  }
  var search = await searchTiming(origin);
} finally {
  await server.stop();
}

let simulator = null;
const simulatorBench = join(root, 'test/bench/simulator.mjs');
if (existsSync(simulatorBench)) {
  simulator = execFileSync(node, [simulatorBench], { cwd: root, encoding: 'utf8' }).trim();
}

const kb = (b) => (b / KB).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
console.log(`\nFirst-load bytes (KB, raw / gzip) and Lighthouse (mobile, median of ${RUNS})`);
console.log(
  `Budgets: LCP ≤ ${BUDGET.textLcpMs} ms on text pages, ≤ ${BUDGET.toolLcpMs} ms on tool pages; TBT ≤ ${BUDGET.tbtMs} ms; ` +
    `Lighthouse ${BUDGET.lighthouse}; CSS ≤ ${kb(BUDGET.textPageCss)} KB gz on text pages (${kb(BUDGET.css)} KB elsewhere); ` +
    `JS ≤ ${kb(BUDGET.textPageJs)} KB gz on text pages; CSS is what the first paint waits for, later is linked beside a figure (gzip); ✓ holds, ✗ missed`,
);
const mark = (ok) => (ok ? '✓' : '✗');
console.log(
  pad('page', 10) +
    pad('HTML', 13) +
    pad('CSS', 15) +
    pad('later', 7) +
    pad('JS', 15) +
    pad('Perf A11y BP SEO', 19) +
    pad('LCP ms', 10) +
    pad('TBT ms', 10) +
    'CLS',
);
for (const r of rows) {
  const l = r.lighthouse;
  const cssOk = r.bytes.css.gzip <= (r.text || r.textCss ? BUDGET.textPageCss : BUDGET.css);
  const jsOk =
    r.bytes.js.gzip <=
    (r.text || r.textJs ? BUDGET.textPageJs : r.figures ? BUDGET.figureLessonJs : r.island ? (r.js ?? BUDGET.islandJs) : Infinity);
  console.log(
    pad(r.type, 10) +
      pad(`${kb(r.bytes.html.raw)} / ${kb(r.bytes.html.gzip)}`, 13) +
      pad(`${kb(r.bytes.css.raw)} / ${kb(r.bytes.css.gzip)} ${mark(cssOk)}`, 15) +
      pad(r.bytes.cssLater.gzip ? kb(r.bytes.cssLater.gzip) : '-', 7) +
      pad(`${kb(r.bytes.js.raw)} / ${kb(r.bytes.js.gzip)} ${mark(jsOk)}`, 15) +
      pad(
        l ? `${l.performance} ${l.accessibility} ${l.bestPractices} ${l.seo} ${mark(l.performance >= BUDGET.lighthouse)}` : 'skipped',
        19,
      ) +
      pad(l ? `${l.lcpMs} ${mark(l.lcpMs <= lcpBudget(r))}` : '-', 10) +
      pad(l ? `${l.tbtMs} ${mark(l.tbtMs <= BUDGET.tbtMs)}` : '-', 10) +
      (l ? l.cls : '-'),
  );
}
console.log(
  `\nBuild ${(buildMs / 1000).toFixed(1)} s, Pagefind index ${(indexMs / 1000).toFixed(1)} s, service worker ${(serviceWorkerMs / 1000).toFixed(1)} s; index ${kb(indexBytes)} KB in dist/pagefind (index, fragments, filters)`,
);
console.log(indexWeightLine(indexWeight));
const s = search.ours.median;
const d = search.defaultUi.median;
console.log(
  `\nSearch, Ctrl+K on a lesson to the first result, median of ${search.queries.length} queries (${search.queries.join(', ')}), gzipped:`,
);
console.log(
  `  ours        ${kb(s.bytes)} KB in ${s.requests} requests, first result after ${s.ms} ms ${mark(s.ms <= d.ms)} (no slower than the Default UI; search UI ${kb(s.ui)} KB, engine ${kb(s.engine)} KB, index ${kb(s.index)} KB, fragments ${kb(s.fragments)} KB in ${s.fragmentRequests})`,
);
console.log(
  `  Default UI  ${kb(d.bytes)} KB in ${d.requests} requests, first result after ${d.ms} ms (Pagefind's UI as Starlight ships it, loaded with the page, same index)`,
);
for (const r of search.ours.runs)
  console.log(`    "${r.query}": ${kb(r.bytes)} KB, ${r.requests} requests, index ${kb(r.index)} KB, ${r.ms} ms`);
console.log(
  `  /search/ before typing: ${kb(search.searchPage.bytes)} KB of JavaScript in ${search.searchPage.requests} files; a lesson without ?highlight= fetches ${search.highlightWhenAbsent.requests} search files`,
);
if (s.ui > BUDGET.searchUi) misses.push(`search UI ${s.ui} B gzip > ${BUDGET.searchUi}`);
if (s.bytes > BUDGET.searchBytes) misses.push(`search to first result ${s.bytes} B gzip > ${BUDGET.searchBytes}`);
if (s.requests > BUDGET.searchRequests) misses.push(`search to first result ${s.requests} requests > ${BUDGET.searchRequests}`);
if (s.fragmentRequests > BUDGET.searchFragments)
  misses.push(`search fetched ${s.fragmentRequests} fragments > ${BUDGET.searchFragments} results shown`);
if (s.ms > d.ms) misses.push(`search first result ${s.ms} ms, slower than Pagefind's Default UI ${d.ms} ms`);
if (search.searchPage.bytes > BUDGET.searchPageJs)
  misses.push(`/search/ JS before typing ${search.searchPage.bytes} B gzip > ${BUDGET.searchPageJs}`);
if (search.highlightWhenAbsent.requests > 0)
  misses.push(`a page without ?highlight= fetched ${search.highlightWhenAbsent.requests} search files`);
if (simulator) console.log(`Simulator: ${simulator}`);

writeFileSync(
  join(root, 'test/bench/results.json'),
  JSON.stringify(
    { buildMs, indexMs, serviceWorkerMs, indexBytes, indexWeight, pages: rows, search, simulator, budget: BUDGET, misses },
    null,
    2,
  ),
);
if (misses.length) {
  console.log(`\nBudgets missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
