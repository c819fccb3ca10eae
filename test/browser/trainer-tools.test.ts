import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { launchChromium } from './chromium.ts';
import { openPage, siteUrl } from './site.ts';
import { islandsHydrated } from './built-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('share panel', () => {
  it('shows a QR code that decodes to the link of the section being read', async () => {
    const { page, errors } = await openPage(browser, '/lessons/winning/#the-two-journeys');
    await page.getByRole('button', { name: 'Share' }).click();
    const qr = page.locator('[data-share-qr] svg');
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(siteUrl('/lessons/winning/#the-two-journeys'));
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(200);
    expect(errors).toEqual([]);
  });

  it('a changed scenario’s QR code is opened from a visible button and stays small enough to scan off a projector', async () => {
    const { page, errors } = await openPage(browser, '/simulator/?preset=software-managed-accounts');
    await islandsHydrated(page);
    await page.locator('#sim-customers').fill('2345');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('s'));
    await page.getByRole('main').getByRole('button', { name: 'QR code' }).click();
    const qr = page.locator('[data-share-qr] svg');
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(page.url());
    expect(decoded!.version).toBeLessThanOrEqual(6);
    expect(errors).toEqual([]);
  });

  it('a workshop step’s bar opens the QR code of the page on screen, without the walk-through', async () => {
    const { page, errors } = await openPage(browser, '/simulator/?preset=bank-wealth-management&present=1&plan=plan-45&step=5');
    const bar = page.getByRole('navigation', { name: 'Workshop steps' });
    await bar.getByRole('button', { name: 'QR code' }).click();
    const qr = page.locator('[data-share-qr] svg');
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(siteUrl('/simulator/?preset=bank-wealth-management'));
    expect(errors).toEqual([]);
  });

  it('copies the current link', async () => {
    const { page } = await openPage(browser, '/glossary/#churn', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toBe(siteUrl('/glossary/#churn'));
    await expect.poll(() => page.getByText('Link copied.').isVisible()).toBe(true);
  });
});

describe('presentation mode', () => {
  const rootSize = (page: import('playwright-core').Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  it('enlarges the type when the link says present=1', async () => {
    const { page: normal } = await openPage(browser, '/lessons/definitions/');
    const { page: presenting } = await openPage(browser, '/lessons/definitions/?present=1');
    expect(await rootSize(presenting)).toBeGreaterThan((await rootSize(normal)) * 1.2);
  });

  it('toggles from the page and keeps the setting in the URL', async () => {
    const { page } = await openPage(browser, '/lessons/winning/');
    await page.getByRole('button', { name: 'Share' }).click();
    const toggle = page.getByRole('button', { name: 'Presentation mode' });
    await toggle.click();
    // Turning it on closes the panel; opened again, the toggle shows it is on.
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.classList.contains('present'))).resolves.toBe(true);
  });

  // The table and the simulator rewrite the address as they change; a projector must stay in presentation mode.
  it.each([
    ['/compare/?present=1', '#compare-q', 'price', 'q=price'],
    ['/simulator/?present=1', '#sim-customers', '2000', 's='],
  ])('%s keeps present=1 while its own parameters change', async (path, field, value, param) => {
    const { page, errors } = await openPage(browser, path);
    await islandsHydrated(page);
    await page.locator(field).fill(value);
    await page.waitForFunction((p) => location.search.includes(p), param);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(errors).toEqual([]);
  });
});

describe('print', () => {
  it.each(['/lessons/definitions/', '/glossary/'])('prints %s without navigation or controls', async (path) => {
    const { page } = await openPage(browser, path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  });
});
