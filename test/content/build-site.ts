import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = new URL('../..', import.meta.url).pathname;

/**
 * Builds the site from another content folder (a fixture, or an edited copy of content/) into a
 * temporary folder, with a cache of its own, and returns whether it built and what it said.
 */
export async function buildSiteWith(contentDir: string): Promise<{ ok: boolean; output: string }> {
  const out = mkdtempSync(join(tmpdir(), 'coc-build-'));
  try {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(out, 'dist')], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(out, 'cache'), FORCE_COLOR: '0' },
    });
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}\n${stderr}` };
  }
}
