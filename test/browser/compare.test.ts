import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage } from './site.ts';

/** Waits until every animation on the page has run its course. */
const animationsDone = (page: Page) => page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));

const criteria = load(readFileSync(new URL('../../content/criteria.yaml', import.meta.url), 'utf8')) as {
  id: string;
  theme: string;
  label: string;
}[];
const idsOf = (theme: string) => criteria.filter((c) => c.theme === theme).map((c) => c.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/**
 * Opens the comparison page and waits until the island has hydrated: at once for an address with
 * state, else when the reader first reaches into the table (here, the pointer moving over it).
 */
async function openCompare(path = '/compare/', options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, path, options);
  if (!path.includes('?') && !path.includes('#')) await opened.page.locator('astro-island').first().hover();
  await opened.page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  return opened;
}

/** Ids of the rows of the main table a reader can see. */
const shownRows = (page: Page) =>
  page
    .locator('table.compare-table:not(.pinned-table) tr.criterion')
    .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.id));

describe('comparison table', () => {
  it('is complete with JavaScript disabled: every row, every detail, no dead controls', async () => {
    const { page } = await openPage(browser, '/compare/', { javaScriptEnabled: false });
    expect(criteria.length).toBeGreaterThanOrEqual(21);
    expect(await shownRows(page)).toEqual(expect.arrayContaining(criteria.map((c) => c.id)));
    expect(await shownRows(page)).toHaveLength(criteria.length);
    for (const { id, label } of criteria) {
      const row = page.locator(`#${id}`);
      await expect(row.locator('th[scope=row]').textContent()).resolves.toBe(label);
      await expect(row.locator('td.col-client').isVisible()).resolves.toBe(true);
      await expect(row.locator('td.col-customer').isVisible()).resolves.toBe(true);
      await expect(page.locator(`#${id}-more`).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('th.col-consumer').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.compare-tools').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tool-pin').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('table', { name: 'How clients and customers differ, point by point' }).count()).resolves.toBe(1);
    expect(await page.locator('thead th[scope=col]').count()).toBeGreaterThanOrEqual(3);
  });

  it('shows only a theme’s rows when it is chosen, and puts the theme in the address', async () => {
    const { page, errors } = await openCompare();
    await page.getByRole('radio', { name: /^Money/ }).check();
    expect(await shownRows(page)).toEqual(idsOf('money'));
    expect(new URL(page.url()).search).toBe('?theme=money');
    await expect(page.getByText(`Showing ${idsOf('money').length} of ${criteria.length} rows in Money.`).isVisible()).resolves.toBe(true);
    await page.getByRole('searchbox', { name: 'Find words' }).fill('premium');
    expect(await shownRows(page)).toEqual(['pricing']);
    expect(new URL(page.url()).search).toBe('?theme=money&q=premium');
    expect(errors).toEqual([]);
  });

  it('opens a shared filter link on just those rows', async () => {
    const { page } = await openCompare('/compare/?theme=service');
    expect(await shownRows(page)).toEqual(idsOf('service'));
    await expect(page.getByRole('radio', { name: /^Service/ }).isChecked()).resolves.toBe(true);
  });

  it('shows every row and a notice for a tampered link', async () => {
    const { page, errors } = await openCompare('/compare/?theme=gold&q=%00');
    expect(await shownRows(page)).toHaveLength(criteria.length);
    await expect(page.getByText(/theme called “gold”, which does not exist/).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('scrolls to and highlights the row a #id link names, and opens its details', async () => {
    const { page } = await openCompare('/compare/#lifetime-value', { viewport: { width: 1280, height: 800 } });
    const row = page.locator('#lifetime-value');
    await expect(row.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await page.waitForFunction(() => {
      const box = document.getElementById('lifetime-value')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    await animationsDone(page); // the arrival flash
    const background = (id: string) => page.locator(`#${id} > td.col-client`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('lifetime-value')).not.toBe(await background('pricing'));
    await expect(page.locator('#lifetime-value-more').isVisible()).resolves.toBe(true);
  });

  it('gives each row a link control that copies and follows its anchor', async () => {
    const { page } = await openCompare('/compare/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('link', { name: 'Link to row: Exclusivity' }).click();
    expect(new URL(page.url()).hash).toBe('#exclusivity');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toBe(page.url());
    await expect(page.locator('#exclusivity').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
  });

  it('brings back a row a filter hides when its link is followed', async () => {
    const { page } = await openCompare('/compare/?theme=money#exclusivity');
    expect(await shownRows(page)).toContain('exclusivity');
    await expect(page.getByText(/The filter hid the row you followed/).isVisible()).resolves.toBe(true);
  });

  it.each([320, 360])('has no horizontal scroll at %i px, even with details, pins and the consumer column open', async (width) => {
    const { page } = await openCompare('/compare/?pin=pricing,journey', { viewport: { width, height: 740 } });
    await page.getByRole('button', { name: /^Filter · / }).click();
    await page.getByRole('checkbox', { name: 'Show consumer column' }).check();
    await page.getByRole('button', { name: 'Open all details' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints every row, whatever the filter, with no site navigation or controls', async () => {
    const { page } = await openCompare('/compare/?theme=money');
    await page.emulateMedia({ media: 'print' });
    expect(await shownRows(page)).toHaveLength(criteria.length);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.compare-tools').isVisible()).resolves.toBe(false);
    await expect(page.locator('td.col-tools').first().isVisible()).resolves.toBe(false);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode, with every feature in use', async (colorScheme) => {
    const { page } = await openCompare('/compare/?pin=pricing#exclusivity', { colorScheme });
    await page.getByRole('checkbox', { name: 'Show consumer column' }).check();
    await page.getByRole('button', { name: 'Details for Pricing' }).click();
    await animationsDone(page); // the highlight flash passes through other colours
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('comparison table, what filtering shows', () => {
  it('on a phone folds the filters behind one button, and after a theme shows its first row', async () => {
    const { page, errors } = await openCompare('/compare/', { viewport: { width: 390, height: 844 } });
    const toggle = page.getByRole('button', { name: /^Filter · / });
    await expect(toggle.textContent()).resolves.toBe(`Filter · ${criteria.length} rows`);
    await expect(page.locator('.compare-tools').isVisible()).resolves.toBe(false);
    // The first screen is not all filters: the toggle is near the top, the table starts soon after.
    const toggleBox = (await toggle.boundingBox())!;
    expect(toggleBox.y + toggleBox.height).toBeLessThan(844);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.locator('.chip', { hasText: 'Money' }).click();
    const first = idsOf('money')[0];
    await expect
      .poll(() =>
        page.locator(`#${first}`).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
    await expect(page.locator('.compare-tools').isVisible()).resolves.toBe(false);
    await expect(toggle.textContent()).resolves.toBe(`Filter · ${idsOf('money').length} rows`);
    expect(errors).toEqual([]);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { page, errors } = await openCompare('/compare/?theme=money', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('searchbox', { name: 'Find words' }).fill('zzzz');
    const empty = page.locator('.compare-empty');
    await expect(empty.textContent()).resolves.toContain('Nothing in the table matches');
    await expect(page.locator('.compare-status').textContent()).resolves.toContain('zzzz');
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => shownRows(page)).toHaveLength(criteria.length);
    await expect(empty.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the Client and Customer headings over pinned rows', async () => {
    const { page } = await openCompare('/compare/?pin=pricing,journey', { viewport: { width: 1280, height: 800 } });
    const heads = page.locator('.pinned-table thead th');
    for (const name of ['Client', 'Customer']) {
      const head = heads.filter({ hasText: new RegExp(`^${name}$`) });
      await expect(head.isVisible()).resolves.toBe(true);
      const box = (await head.boundingBox())!;
      const row = (await page.locator('.pinned-table tbody tr').first().boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(row.y + 1);
    }
  });
});
