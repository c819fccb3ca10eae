import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser tests look for Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const INSTALL_HINT =
  `No Chromium at ${chromiumPath}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium; ` +
  `elsewhere: npx playwright install chromium) and point CHROMIUM_PATH at its executable.`;

/** Headless Chromium with the flags it needs to run as root on a machine with a closed network. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(INSTALL_HINT);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
