// How long a reader waits for search results, and what the first query downloads.
import { chromium } from 'playwright-core';
import { findChromium } from '../tools/find-chromium.mjs';

export async function searchTiming(origin, query = 'sales cycle') {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requests += 1;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${origin}/lessons/definitions/`, { waitUntil: 'networkidle' });
    const start = Date.now();
    await page.keyboard.press('Control+k');
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    await input.fill(query);
    await page.locator('pagefind-results .pf-result-link').first().waitFor();
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    return { query, ms, bytes, requests };
  } finally {
    await browser.close();
  }
}
