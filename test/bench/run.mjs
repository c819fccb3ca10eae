// npm run bench: builds the site, measures it, prints a table and writes test/bench/results.json.
// Exits 1 when a budget is missed. Figures, not tests: run it on a quiet machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { firstLoadBytes } from './page-bytes.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { searchTiming } from './search-timing.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const quick = process.argv.includes('--quick'); // skip Lighthouse
const KB = 1024;
const BUDGET = { lessonJs: 2 * KB, islandJs: 20 * KB, css: 15 * KB, lighthouse: 100 };
const PAGES = [
  { type: 'home', path: '/' },
  { type: 'lesson', path: '/lessons/definitions/' },
  { type: 'quiz', path: '/quiz/', island: true },
  { type: 'compare', path: '/compare/', island: true },
  { type: 'simulator', path: '/simulator/', island: true },
  // The map's own, tighter budget: it is the site's signature figure and must stay light.
  { type: 'map', path: '/map/', island: true, js: 15 * KB },
  { type: 'search', path: '/search/' },
  { type: 'workshop', path: '/workshop/' },
].filter((p) => existsSync(join(dist, p.path, 'index.html')) || !existsSync(dist));

const node = process.execPath;
const time = (args) => {
  const start = performance.now();
  execFileSync(node, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(performance.now() - start);
};
const dirBytes = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

console.log('Building…');
const buildMs = time(['node_modules/astro/bin/astro.mjs', 'build']);
const indexMs = time(['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist']);
const serviceWorkerMs = time(['src/build/generate-service-worker.mjs']);
const pagefindDir = join(dist, 'pagefind');
const indexBytes = ['index', 'fragment', 'filter'].reduce((s, d) => s + dirBytes(join(pagefindDir, d)), 0);

const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 4390 } });
const origin = 'http://127.0.0.1:4390';
const rows = [];
const misses = [];
try {
  for (const page of PAGES.filter((p) => existsSync(join(dist, p.path, 'index.html')))) {
    const bytes = firstLoadBytes(dist, page.path);
    const lh = quick ? null : await lighthouseMedian(origin + page.path);
    rows.push({ ...page, bytes, lighthouse: lh });
    if (page.type === 'lesson' && bytes.js.gzip > BUDGET.lessonJs) misses.push(`lesson JS ${bytes.js.gzip} B gzip > ${BUDGET.lessonJs}`);
    if (page.island && bytes.js.gzip > (page.js ?? BUDGET.islandJs)) misses.push(`${page.type} JS ${bytes.js.gzip} B gzip > ${page.js ?? BUDGET.islandJs}`);
    if (bytes.css.gzip > BUDGET.css) misses.push(`${page.type} CSS ${bytes.css.gzip} B gzip > ${BUDGET.css}`);
    if (lh) {
      for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
        if (lh[key] < BUDGET.lighthouse) misses.push(`${page.type} Lighthouse ${key} ${lh[key]} (failing: ${lh.failing.join(', ') || 'scored audits'})`);
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
console.log('\nFirst-load bytes (KB, raw / gzip) and Lighthouse (mobile, median of 3)');
console.log(pad('page', 10) + pad('HTML', 13) + pad('CSS', 13) + pad('JS', 13) + pad('Perf A11y BP SEO', 19) + pad('LCP ms', 8) + pad('TBT ms', 8) + 'CLS');
for (const r of rows) {
  const l = r.lighthouse;
  console.log(
    pad(r.type, 10) +
      pad(`${kb(r.bytes.html.raw)} / ${kb(r.bytes.html.gzip)}`, 13) +
      pad(`${kb(r.bytes.css.raw)} / ${kb(r.bytes.css.gzip)}`, 13) +
      pad(`${kb(r.bytes.js.raw)} / ${kb(r.bytes.js.gzip)}`, 13) +
      pad(l ? `${l.performance} ${l.accessibility} ${l.bestPractices} ${l.seo}` : 'skipped', 19) +
      pad(l ? l.lcpMs : '-', 8) +
      pad(l ? l.tbtMs : '-', 8) +
      (l ? l.cls : '-'),
  );
}
console.log(`\nBuild ${(buildMs / 1000).toFixed(1)} s, Pagefind index ${(indexMs / 1000).toFixed(1)} s, service worker ${(serviceWorkerMs / 1000).toFixed(1)} s; index ${kb(indexBytes)} KB in dist/pagefind (index, fragments, filters)`);
console.log(`Search: first query "${search.query}" downloaded ${kb(search.bytes)} KB in ${search.requests} requests; results after ${search.ms} ms`);
if (simulator) console.log(`Simulator: ${simulator}`);

writeFileSync(join(root, 'test/bench/results.json'), JSON.stringify({ buildMs, indexMs, serviceWorkerMs, indexBytes, pages: rows, search, simulator, budget: BUDGET, misses }, null, 2));
if (misses.length) {
  console.log(`\nBudgets missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
