import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { brokenValues, islandsHydrated } from './built-pages.ts';
import { siteUrl } from './site.ts';
import { PAYLOADS, injected, openTab, tamperedLinks } from './bad-input.ts';

// Tampered links to the comparison table and the simulator (see bad-input.ts), and a check on the checks.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('the checks themselves', () => {
  it('catch NaN, Infinity and undefined on the page, but not where a notice quotes the link', async () => {
    const { context, page } = await openTab(browser);
    await page.goto(siteUrl('/simulator/?preset=undefined'));
    await islandsHydrated(page);
    expect(await brokenValues(page, 'preset=undefined')).toEqual([]);
    await page.evaluate(() => {
      document.querySelector('[data-metric]')!.textContent = 'NaN';
      document.querySelector('main h1')!.append(' undefined');
    });
    expect(await brokenValues(page, 'preset=undefined')).toEqual(['undefined', 'NaN']);
    await context.close();
  });

  it('catch markup that got into the page', async () => {
    const { context, page } = await openTab(browser);
    await page.goto(siteUrl('/'));
    expect(await injected(page)).toEqual([]);
    await page.evaluate((payload) => document.querySelector('main')!.insertAdjacentHTML('beforeend', payload), PAYLOADS[1]);
    expect(await injected(page)).toEqual([expect.stringContaining('<img src="x"'), expect.stringMatching(/^IMG onerror=/)]);
    await context.close();
  });
});

tamperedLinks('/compare/', () => browser);
tamperedLinks('/simulator/', () => browser);
