import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { builtPages, islandsHydrated } from './built-pages.ts';
import { siteUrl } from './site.ts';

const pages = builtPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('finds every built page, the 404 page included', () => {
  expect(pages.length).toBeGreaterThanOrEqual(25);
  expect(pages).toEqual(expect.arrayContaining(['/', '/compare/', '/simulator/', '/map/', '/quiz/', '/lessons/definitions/', '/404.html']));
});

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  // One tab per colour scheme, walked from page to page: a fresh browser per page would triple the run time.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('the checker catches a violation, so a clean result means something', async () => {
    await page.goto(siteUrl('/'));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')!.append(img);
    });
    expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt: /));
  });

  it.each(pages)('%s has no axe violations', async (path) => {
    await page.goto(siteUrl(path));
    await islandsHydrated(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
