import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { tamperedLinks } from './bad-input.ts';

// Tampered links to the client–customer map (see bad-input.ts): a notice and the default map, never an error.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

tamperedLinks('/map/', () => browser);
