// Screenshots of built pages at phone and desktop widths, for looking at what a reader sees.
// Usage: node test/tools/screenshot.mjs http://127.0.0.1:4321/ /lessons/definitions/ [--dark] [--full]
import { chromium } from 'playwright-core';
import { launchOptions } from './find-chromium.mjs';

const [origin, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const full = rest.includes('--full');
const paths = rest.filter((a) => !a.startsWith('--'));
const browser = await chromium.launch(launchOptions());
for (const path of paths) {
  for (const [name, width, height] of [
    ['phone', 360, 780],
    ['desktop', 1280, 900],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
    const file = `/tmp/shot-${path.replace(/[^a-z0-9]+/gi, '_')}-${name}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
    await page.close();
  }
}
await browser.close();
