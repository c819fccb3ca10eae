import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}node_modules/.cache/coc-site-url-build/`;

/** The origin the second build is given, as a deployment would be. */
export const DEPLOYED_ORIGIN = 'https://coc.test';

/**
 * A second build of the site with SITE_URL set, for the tests of printed addresses. Built once
 * before the browser tests start (so it never runs beside another build), and kept until the
 * main build is newer.
 */
export default async function setup(project: TestProject) {
  const stale =
    !existsSync(`${out}dist/index.html`) || statSync(`${out}dist/index.html`).mtimeMs < statSync(`${root}dist/index.html`).mtimeMs;
  if (stale) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', `${out}dist`], {
      cwd: root,
      env: { ...process.env, SITE_URL: DEPLOYED_ORIGIN, ASTRO_CACHE_DIR: `${out}cache`, FORCE_COLOR: '0' },
      maxBuffer: 32 * 1024 * 1024,
    });
    writeFileSync(`${out}build.log`, `${stdout}\n${stderr}`);
  }
  project.provide('siteUrlBuild', { dist: `${out}dist`, log: readFileSync(`${out}build.log`, 'utf8') });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrlBuild: { dist: string; log: string };
  }
}
