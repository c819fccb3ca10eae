import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file under a folder of the build, at any depth. */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
