import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, siteUrl } from './site.ts';
import { axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const presenting = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('present'));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The controls that keep presenting across links come with the site's script, a moment after the page shows. */
const controlsReady = (page: Page) => page.getByRole('button', { name: 'Exit presentation' }).waitFor();

describe('presentation mode stays on', () => {
  it('across the navigation, the guide’s Show links and lesson links, until it is exited', async () => {
    const { page, errors } = await openPage(browser, '/workshop/?present=1');
    await controlsReady(page);
    await page.getByRole('link', { name: 'Relationship points' }).first().click();
    await page.waitForURL(/\/compare\//);
    expect(param(page, 'present')).toBe('1');
    expect(param(page, 'theme')).toBe('relationship');
    expect(await presenting(page)).toBe(true);

    await controlsReady(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
    await page.waitForURL(/\/lessons\/\?/);
    expect(await presenting(page)).toBe(true);
    await controlsReady(page);
    await page
      .getByRole('link', { name: /definitions/i })
      .first()
      .click();
    await page.waitForURL(/\/lessons\/definitions\//);
    expect(await presenting(page)).toBe(true);

    await controlsReady(page);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    expect(await presenting(page)).toBe(false);
    expect(param(page, 'present')).toBeNull();
    await expect(page.getByRole('button', { name: 'Exit presentation' }).isVisible()).resolves.toBe(false);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(/\/glossary\//);
    expect(param(page, 'present')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('turning it on from Share closes the panel', async () => {
    const { page } = await openPage(browser, '/lessons/winning/');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Share this page' }).isVisible()).toBe(false);
    expect(await presenting(page)).toBe(true);
    await expect(page.getByRole('button', { name: 'Exit presentation' }).isVisible()).resolves.toBe(true);
  });

  it('P turns it on and off, and the key can be turned off in Share', async () => {
    const { page } = await openPage(browser, '/glossary/');
    // The controls arrive with the first press, so the switch may take a moment.
    await page.keyboard.press('p');
    await expect.poll(() => presenting(page), { timeout: 5000 }).toBe(true);
    expect(param(page, 'present')).toBe('1');
    await page.keyboard.press('p');
    await expect.poll(() => presenting(page), { timeout: 5000 }).toBe(false);

    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('checkbox', { name: /P key/ }).uncheck();
    await page.keyboard.press('Escape');
    // The controls are here already: had the key still been on, this press would switch at once.
    await page.keyboard.press('p');
    expect(await presenting(page)).toBe(false);
    // The choice is kept for the next page, where the key's handler would start loading the controls.
    await page.goto(siteUrl('/lessons/'));
    await page.keyboard.press('p');
    expect(await presenting(page)).toBe(false);
    await expect(page.locator('script[src*="present-controls"]').count()).resolves.toBe(0);
  });

  it('typing a P into a field does not switch it', async () => {
    const { page } = await openPage(browser, '/compare/');
    await page.locator('#compare-q').fill('');
    await page.locator('#compare-q').press('p');
    expect(await presenting(page)).toBe(false);
  });
});

describe('navigation', () => {
  const destinations = ['Lessons', 'Quiz', 'Knowledge check', 'Compare', 'Simulator', 'Glossary', 'For trainers'];

  it.each([320, 390])('at %i px the header takes at most two rows and the menu reaches every kind of page', async (width) => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/', { viewport: { width, height: 700 } });
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(96);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of destinations) {
      const link = nav.getByRole('link', { name, exact: true });
      await expect(link.isVisible(), name).resolves.toBe(true);
      const box = await link.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    }
    await nav.getByRole('link', { name: 'Knowledge check' }).click();
    await page.waitForURL(/\/quiz\/check\//);
    // The menu has closed with the new page: its links are there, but hidden.
    const closedNav = page.getByRole('navigation', { name: 'Main' });
    await expect(closedNav.getByRole('link', { name: 'Knowledge check', includeHidden: true }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expect(
      closedNav.getByRole('link', { name: 'Quiz', exact: true, includeHidden: true }).getAttribute('aria-current'),
    ).resolves.toBeNull();
    expect(errors).toEqual([]);
  });

  it('on a wide screen every link shows without a menu', async () => {
    const { page } = await openPage(browser, '/', { viewport: { width: 1280, height: 800 } });
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    for (const name of destinations) {
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
  });

  // The longest current-page links (bold) make the tightest fit.
  it.each([1024, 1280])('at %i px the header is one row on every kind of page', async (width) => {
    const { page } = await openPage(browser, '/quiz/check/', { viewport: { width, height: 800 } });
    for (const path of ['/quiz/check/', '/simulator/', '/workshop/', '/lessons/']) {
      await page.goto(siteUrl(path));
      // On one row, every control's middle is at the same height, within a few pixels.
      const spread = await page.locator('.site-header').evaluate((header) => {
        const middles = [...header.querySelectorAll('.site-name, .menu-button, .site-menu a, .search-link, .share-button')]
          .filter((el) => (el as HTMLElement).checkVisibility())
          .map((el) => {
            const box = el.getBoundingClientRect();
            return (box.top + box.bottom) / 2;
          });
        return Math.max(...middles) - Math.min(...middles);
      });
      expect(spread, path).toBeLessThan(8);
    }
  });

  it.each(['light', 'dark'] as const)('the open phone menu passes axe in %s mode', async (colorScheme) => {
    const { page } = await openPage(browser, '/', { viewport: { width: 390, height: 844 }, colorScheme });
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the glossary jumps from A to Z', async () => {
    const { page } = await openPage(browser, '/glossary/');
    const jump = page.getByRole('navigation', { name: 'Terms from A to Z' });
    await jump.getByRole('link', { name: 'C', exact: true }).click();
    const target = await page.evaluate(() => location.hash);
    await expect(page.locator(target).innerText()).resolves.toMatch(/^C/);
  });
});
