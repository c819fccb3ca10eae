import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

export const dist = new URL('../../dist/', import.meta.url).pathname;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export interface BuiltPage {
  /** Site path as a reader would type it, with the base, e.g. "/lessons/definitions/". */
  path: string;
  file: string;
  document: Document;
}

export function* htmlFiles(dir: string = dist): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** Every HTML page of the build, parsed. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  return [...htmlFiles(dist)].map((file) => {
    const rel = relative(dist, file).replace(/(^|\/)index\.html$/, '$1');
    return { path: `${base}${rel}`, file, document: new JSDOM(readFileSync(file, 'utf8')).window.document };
  });
}

/** The file a site path is served from, or undefined when nothing is there. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rel = decodeURI(path.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(dist, rel, 'index.html')] : [join(dist, rel), join(dist, `${rel}.html`)];
  return candidates.find((c) => existsSync(c));
}
