import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
];

/** Where an element sits in the window: its top and bottom, and whether it is all on screen. */
const placement = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), inView: r.top >= -1 && r.bottom <= window.innerHeight + 1 };
  });

/** Waits (bounded) for the page to bring the element on screen after the reader's action. */
async function expectInView(page: Page, locator: Locator, what: string) {
  await expect
    .poll(() => placement(locator), { message: `${what} should be on screen`, timeout: 2000, interval: 50 })
    .toMatchObject({ inView: true });
}

describe('the next step is on screen after every answer', () => {
  for (const screen of SCREENS) {
    it(`quiz, ${screen.name} ${screen.width}×${screen.height}: Next is in view after each choice`, async () => {
      const { page, errors } = await openPage(browser, '/quiz/', {
        viewport: { width: screen.width, height: screen.height },
        reducedMotion: 'reduce',
      });
      await page.waitForSelector('.quiz[data-ready]');
      const questions = await page.locator('.quiz-all-list > li').count();
      for (let n = 0; n < questions; n++) {
        await page
          .locator('.quiz-answer')
          .nth(n % 2)
          .click();
        const next = page.locator('.quiz-step button[type=submit]');
        await expectInView(page, next, `Next after question ${n + 1}`);
        await next.click();
      }
      await page.waitForSelector('[data-outcome]');
      expect(errors).toEqual([]);
    });
  }
});

describe('the knowledge check keeps its verdict and Next together', () => {
  for (const screen of SCREENS) {
    it(`${screen.name} ${screen.width}×${screen.height}: the verdict, its reason and Next are on screen after every answer`, async () => {
      const { page, errors } = await openPage(browser, '/quiz/check/?seed=7', {
        viewport: { width: screen.width, height: screen.height },
        reducedMotion: 'reduce',
      });
      await page.waitForSelector('.check[data-ready]');
      await page.getByRole('button', { name: /start/i }).click();
      for (let n = 0; n < 10; n++) {
        // Alternate answers so both a right and a wrong verdict are measured.
        await page
          .locator('.check-answer')
          .nth(n % 3)
          .click();
        await expectInView(page, page.locator('.check-feedback h3'), `the verdict on business ${n + 1}`);
        const next = page.locator('.check-feedback .quiz-nav button');
        await expectInView(page, next, `Next after business ${n + 1}`);
        expect(await placement(page.locator('.check-feedback h3')), `the verdict on business ${n + 1} stays on screen`).toMatchObject({
          inView: true,
        });
        await next.click();
      }
      await page.waitForSelector('.check-summary');
      expect(errors).toEqual([]);
    });
  }
});
