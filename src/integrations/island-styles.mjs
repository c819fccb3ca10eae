import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files.mjs';

// Astro writes this rule just before a page's first island, inside <body>, where a <style> is
// not valid HTML. The same rule in <head> does the same job.
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

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
