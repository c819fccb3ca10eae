import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Builds the site from a fixture content folder and returns what the build said. */
async function buildWith(fixture: string) {
  const out = mkdtempSync(join(tmpdir(), 'coc-fixture-'));
  try {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(out, 'dist')], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: `test/fixtures/${fixture}`, ASTRO_CACHE_DIR: join(out, 'cache'), FORCE_COLOR: '0' },
    });
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}\n${stderr}` };
  }
}

describe('bad content stops the build', () => {
  it('names the lesson file and the field when a title is missing', async () => {
    const { ok, output } = await buildWith('missing-title');
    expect(ok).toBe(false);
    expect(output).toMatch(/untitled/);
    expect(output).toMatch(/title/);
  });

  it('names the lesson file and the id when a citation names an unknown source', async () => {
    const { ok, output } = await buildWith('unknown-source');
    expect(ok).toBe(false);
    expect(output).toMatch(/miscited\.mdx/);
    expect(output).toMatch(/no-such-article/);
  });

  it('names the criteria file and the field when a comparison row leaves one out', async () => {
    const { ok, output } = await buildWith('criterion-missing-field');
    expect(ok).toBe(false);
    expect(output).toMatch(/criteria\.yaml/);
    expect(output).toMatch(/customer/);
  });

  it('names the criteria file, the row and the id when a row cites an unknown source', async () => {
    const { ok, output } = await buildWith('criterion-unknown-source');
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/criteria\.yaml: "pricing" cites unknown source "no-such-article"/);
  });

  it('names the examples file and the field when a simulator example has an impossible value', async () => {
    const { ok, output } = await buildWith('bad-preset');
    expect(ok).toBe(false);
    expect(output).toMatch(/simulator-presets\.yaml/);
    expect(output).toMatch(/customerChurn/);
  });
});
