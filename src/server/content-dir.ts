import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const siteContent = resolve(root, 'content');

/**
 * Folder that holds the subject matter. Always `content/` for the site; the content tests point
 * CONTENT_DIR at small broken fixtures to prove that bad content stops the build.
 */
export const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');

/**
 * A content file or folder: the fixture's own when it has one, otherwise the site's, so a
 * fixture holds only the file it breaks and new collections never need copying into fixtures.
 */
export function contentPath(name: string): string {
  const own = resolve(contentDir, name);
  return existsSync(own) ? own : resolve(siteContent, name);
}
