import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { root } from './build-site.ts';

it('a build without SITE_URL says so, once', async () => {
  const out = mkdtempSync(join(tmpdir(), 'coc-no-site-url-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_CACHE_DIR: join(out, 'cache'), FORCE_COLOR: '0' };
  delete env.SITE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(out, 'dist')], {
      cwd: root, env, maxBuffer: 32 * 1024 * 1024,
    });
    expect(`${stdout}\n${stderr}`.match(/SITE_URL is unset/g)).toHaveLength(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
