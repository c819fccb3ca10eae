import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Titles of the first `n` results on screen, waiting for results to appear. */
async function topResults(page: Page, n = 3): Promise<string[]> {
  const links = page.locator('pagefind-results .pf-result-link');
  await links.first().waitFor({ timeout: 10_000 });
  return (await links.allTextContents()).slice(0, n);
}

async function searchFromHeader(page: Page, query: string) {
  await page.getByRole('link', { name: /^Search/ }).click();
  const input = page.getByRole('dialog').locator('pagefind-input input');
  await input.fill(query);
}

describe('search', () => {
  it('downloads nothing of Pagefind until search is opened', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').locator('pagefind-input input').waitFor();
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
  });

  it.each([
    ['wealth management', /Turning customers into clients|serve both/i],
    ['sales cycle', /Winning them|sales cycle/i],
    ['dog grooming', /Who has clients|Example businesses/i],
    ['free app', /Consumer/i],
  ])('finds the right page for "%s" among the first three results', async (query, expected) => {
    const { page } = await openPage(browser, '/');
    await searchFromHeader(page, query);
    const titles = await topResults(page);
    expect(titles.some((t) => expected.test(t)), titles.join(' | ')).toBe(true);
  });

  it('opens with "/" outside form fields, closes with Escape and gives focus back', async () => {
    const { page, errors } = await openPage(browser, '/lessons/');
    const firstLesson = page.locator('.lesson-list a').first();
    await firstLesson.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.locator('pagefind-input input').waitFor();
    await expect(dialog.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(firstLesson.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('lets the reader turn the "/" shortcut off, and remembers it', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Open search with the / key').uncheck();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.keyboard.press('/');
    await page.waitForTimeout(300);
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('keeps the query in the URL, so a shared search link and Back show the same results', async () => {
    const { page, errors } = await openPage(browser, '/');
    await searchFromHeader(page, 'wealth');
    await topResults(page, 1);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('wealth');
    await page.locator('pagefind-results .pf-result-link').first().click();
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('dialog').locator('pagefind-input input').inputValue()).resolves.toBe('wealth');
  });

  it('has a search page that runs the query in its address', async () => {
    const { page, errors } = await openPage(browser, '/search/?q=exclusivity');
    const titles = await topResults(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with results showing, in the dialog and on the search page (%s)', async (colorScheme) => {
    const { page } = await openPage(browser, '/', { colorScheme });
    await searchFromHeader(page, 'pricing');
    await topResults(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    const { page: searchPage } = await openPage(browser, '/search/?q=pricing', { colorScheme });
    await topResults(searchPage, 1);
    expect(await axeViolations(searchPage)).toEqual([]);
  });

  it('says search needs JavaScript, and where to go instead, when it is off', async () => {
    const { page } = await openPage(browser, '/search/', { javaScriptEnabled: false });
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('main a[href$="/glossary/"]').count()).resolves.toBe(1);
  });
});
