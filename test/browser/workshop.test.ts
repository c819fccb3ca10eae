import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage, siteUrl } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Pages in a PDF: each page is a `/Type /Page` object; the page tree is `/Type /Pages`. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('the printed worksheet', () => {
  it.each(['light', 'dark'] as const)('fits on exactly one A4 page and one US Letter page (%s screen setting)', async (colorScheme) => {
    const { page, errors } = await openPage(browser, '/workshop/worksheet/', { colorScheme });
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(errors).toEqual([]);
  });

  it('prints the sheet in black on white, without the site’s header, footer or buttons', async () => {
    const { page } = await openPage(browser, '/workshop/worksheet/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.worksheet-toolbar', 'button']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    const colours = await page.locator('.worksheet').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  it('keeps each table whole, with no row split across a page break', async () => {
    const { page } = await openPage(browser, '/workshop/worksheet/');
    await page.emulateMedia({ media: 'print' });
    const rules = await page.locator('.sheet-table').evaluateAll((tables) => tables.map((t) => getComputedStyle(t).breakInside));
    expect(rules).toEqual(['avoid', 'avoid']);
  });

  it('opens the print dialog from its button, and tells readers without JavaScript how to print', async () => {
    const { page } = await openPage(browser, '/workshop/worksheet/');
    await page.evaluate(() => {
      (window as any).printed = 0;
      window.print = () => void (window as any).printed++;
    });
    await page.getByRole('button', { name: 'Print the worksheet' }).click();
    await expect(page.evaluate(() => (window as any).printed)).resolves.toBe(1);

    const { page: noJs } = await openPage(browser, '/workshop/worksheet/', { javaScriptEnabled: false });
    await expect(noJs.getByRole('button', { name: 'Print the worksheet' }).count()).resolves.toBe(0);
    await expect(noJs.getByText('use your browser’s Print command').isVisible()).resolves.toBe(true);
  });
});

describe('the trainer’s guide', () => {
  it('hides the header and navigation when printed', async () => {
    const { page } = await openPage(browser, '/workshop/');
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.workshop-actions').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 2, name: '45-minute session' }).isVisible()).resolves.toBe(true);
  });

  it('gives every plan step a link that opens a page and lands on its section', async () => {
    const { page, errors } = await openPage(browser, '/workshop/');
    const steps = await page
      .locator('.plan [data-step]')
      .evaluateAll((els) =>
        els.map((el) => ({ id: el.id, links: [...el.querySelectorAll<HTMLAnchorElement>('a.tool-link')].map((a) => a.href) })),
      );
    expect(steps.length).toBeGreaterThanOrEqual(12);
    const targets = new Set<string>();
    for (const step of steps) {
      expect(step.links.length, step.id).toBeGreaterThan(0);
      step.links.forEach((l) => targets.add(l));
    }
    const byPage = Map.groupBy(
      [...targets].map((t) => new URL(t)),
      (url) => url.href.replace(/#.*$/, ''),
    );
    const visit = await browser.newPage();
    for (const [address, urls] of byPage) {
      const response = await visit.goto(address);
      expect(response?.status(), address).toBe(200);
      for (const { hash, href } of urls) {
        if (hash)
          await expect(
            visit.evaluate((id) => document.getElementById(id) !== null, decodeURIComponent(hash.slice(1))),
            href,
          ).resolves.toBe(true);
      }
    }
    await visit.close();
    expect(errors).toEqual([]);
  });

  it('starts each step at the minute the previous one ends, finishing on time', async () => {
    const { page } = await openPage(browser, '/workshop/');
    for (const [plan, length] of [
      ['plan-45', 45],
      ['plan-90', 90],
    ] as const) {
      const times = await page
        .locator(`#${plan} [data-step]`)
        .evaluateAll((els) =>
          els.map((el) => [el.querySelector('.step-clock')!.textContent!, el.querySelector('time')!.getAttribute('datetime')!]),
        );
      const toMinutes = (clock: string) => Number(clock.split(':')[0]) * 60 + Number(clock.split(':')[1]);
      let expected = 0;
      for (const [clock, duration] of times) {
        expect(toMinutes(clock)).toBe(expected);
        expected += Number(duration.replace(/\D/g, ''));
      }
      expect(expected).toBe(length);
    }
  });

  it('is linked from the footer and leads to the worksheet', async () => {
    const { page } = await openPage(browser, '/');
    await page
      .locator('.site-footer')
      .getByRole('link', { name: /trainer’s guide/ })
      .click();
    await page.waitForURL(siteUrl('/workshop/'));
    await page.getByRole('link', { name: /Print the worksheet/ }).click();
    await page.waitForURL(siteUrl('/workshop/worksheet/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Worksheet/);
  });
});

describe('both pages', () => {
  it.each(['/workshop/', '/workshop/worksheet/'])('have no horizontal scroll at 320 px on %s', async (path) => {
    const { page } = await openPage(browser, path, { viewport: { width: 320, height: 700 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it.each([
    ['/workshop/', 'light'],
    ['/workshop/', 'dark'],
    ['/workshop/worksheet/', 'light'],
    ['/workshop/worksheet/', 'dark'],
  ] as const)('have no accessibility violations on %s (%s)', async (path, colorScheme) => {
    const { page } = await openPage(browser, path, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });
});
