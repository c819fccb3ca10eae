import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../tools/find-chromium.mjs';

/** The Chromium the browser tests' setup found or installed (test/tools/find-chromium.mjs). */
export const chromiumPath = inject('chromiumPath');

/** Headless Chromium with the flags it needs to run as root on a machine with a closed network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
}
