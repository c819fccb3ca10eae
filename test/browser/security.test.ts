import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('content security policy', () => {
  it('blocks an injected inline script but keeps the site’s own scripts working', async () => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    await expect(page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).resolves.toBeUndefined();
    expect(errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    // The site's own module still ran: the search control is an upgraded custom element.
    await expect(page.evaluate(() => customElements.get('site-search') !== undefined)).resolves.toBe(true);
  });

  it('blocks inline event handlers injected into the page', async () => {
    const { page } = await openPage(browser, '/');
    // The image's error event has fired (seen by a listener the page may add) before the handler is looked for.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__handler = true">');
          document.body.lastElementChild!.addEventListener('error', () => resolve());
        }),
    );
    await expect(page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).resolves.toBeUndefined();
  });

  // Each page's policy lists only the hashes of its own inline code: every kind of page, with its
  // islands awake and its on-demand code fetched, must run with nothing refused.
  it.each([
    '/',
    '/lessons/who-has-which/',
    '/quiz/',
    '/compare/',
    '/simulator/',
    '/map/',
    '/search/?q=retainer',
    '/workshop/',
    '/glossary/',
  ])('%s runs under its own policy with nothing refused', async (path) => {
    const { page, errors } = await openPage(browser, path);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Control+k');
    await page.waitForLoadState('networkidle');
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });
});
