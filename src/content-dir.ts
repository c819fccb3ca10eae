import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * Folder that holds the subject matter. Always `content/` for the site; the content tests point
 * CONTENT_DIR at broken fixtures to prove that bad content stops the build.
 */
export const contentDir = resolve(
  fileURLToPath(new URL('..', import.meta.url)),
  process.env.CONTENT_DIR ?? 'content',
);
