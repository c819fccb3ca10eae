import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Astro writes this rule just before a page's first island, inside <body>, where a <style> is
// not valid HTML. The same rule in <head> does the same job.
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Moves Astro's island style rule from the body into the head of every built page; returns how many moved. */
export async function moveIslandStylesToHead(dist) {
  let moved = 0;
  for await (const file of htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const body = html.indexOf('<body');
    const at = html.indexOf(ISLAND_STYLE, body);
    if (body === -1 || at === -1) continue;
    const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
    await writeFile(file, without.replace('</head>', `${ISLAND_STYLE}</head>`));
    moved++;
  }
  return moved;
}
