import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../tools/find-chromium.mjs';
import { findFirefox, findWebKitDriver } from '../tools/find-engines.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves the built site once for all browser tests, so they test what gets deployed. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${root}/dist/index.html`)) {
    throw new Error('No built site in dist/: run `npm run build` first (`npm test` does it for you).');
  }
  // Found (or installed) once here, before any test file starts a browser.
  project.provide('chromiumPath', findChromium());
  // Likewise the other engines, one after another, since their installs share apt's lock.
  project.provide('firefoxPath', findFirefox());
  project.provide('webkitDriver', findWebKitDriver());
  const port = await freePort();
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  project.provide('siteUrl', `http://127.0.0.1:${port}${base}`);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
    firefoxPath: string;
    webkitDriver: string[];
  }
}
