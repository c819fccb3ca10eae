import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage } from './site.ts';
import { axeViolations } from './axe.ts';
import { brokenValues } from './built-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const bar = (page: Page) => page.getByRole('navigation', { name: 'Workshop steps' });
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('running a workshop step by step', () => {
  it('starts from a plan in the guide and walks it with Next and Back, in presentation mode', async () => {
    const { page, errors } = await openPage(browser, '/workshop/');
    await page.locator('#plan-45').getByRole('link', { name: 'Start presenting' }).click();
    await page.waitForURL(/\/lessons\/definitions\/.*#why-two-words/);
    await expect(bar(page).innerText()).resolves.toMatch(/Step 1 of 6[\s\S]*Start from their own buying[\s\S]*5 min, from 0:00/);
    expect(params(page)).toMatchObject({ present: '1', plan: 'plan-45', step: '1' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    await expect(bar(page).getByRole('link', { name: 'Back' }).count()).resolves.toBe(0);

    await bar(page).getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/step=2/);
    await expect(bar(page).innerText()).resolves.toMatch(/Step 2 of 6[\s\S]*The two definitions[\s\S]*8 min, from 0:05/);
    await bar(page).getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/\/compare\/.*step=3/);
    expect(params(page)).toMatchObject({ theme: 'relationship', present: '1', plan: 'plan-45', step: '3' });
    await bar(page).getByRole('link', { name: 'Exclusivity' }).click();
    await page.waitForURL(/#exclusivity/);
    await expect(bar(page).innerText()).resolves.toMatch(/Step 3 of 6/);

    // A refresh, or the same address on a second screen, keeps the step.
    await page.reload();
    await expect(bar(page).innerText()).resolves.toMatch(/Step 3 of 6[\s\S]*What changes between them/);
    await bar(page).getByRole('link', { name: 'Back' }).click();
    await page.waitForURL(/step=2/);
    expect(errors).toEqual([]);
  });

  it('the last step leads back to the guide', async () => {
    const { page } = await openPage(browser, '/quiz/check/?seed=45&present=1&plan=plan-45&step=6');
    await expect(bar(page).innerText()).resolves.toMatch(/Step 6 of 6/);
    await bar(page).getByRole('link', { name: 'Back to the guide' }).click();
    await page.waitForURL(/\/workshop\/.*#plan-45/);
  });

  it('exiting presentation mode ends the walk-through', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/?present=1&plan=plan-90&step=2#what-is-a-client');
    await bar(page).waitFor();
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect.poll(() => bar(page).count()).toBe(0);
    expect(params(page)).toEqual({});
  });

  it.each([
    ['plan=plan-60&step=2', /plan the guide does not have/, 'plan-45'],
    ['plan=plan-90&step=99', /step the 90-minute session does not have/, 'plan-90'],
    ['plan=plan-90&step=NaN', /step the 90-minute session does not have/, 'plan-90'],
  ])('a tampered address (%s) gets a notice and step 1', async (query, notice, plan) => {
    const { page, errors } = await openPage(browser, `/glossary/?present=1&${query}`);
    await expect(bar(page).getByRole('status').innerText()).resolves.toMatch(notice);
    await expect(bar(page).innerText()).resolves.toMatch(/Step 1 of/);
    expect(params(page)).toMatchObject({ plan, step: '1' });
    expect(await brokenValues(page, query)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a clicker or the keyboard moves through the steps, and the keys can be turned off', async () => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/?present=1&plan=plan-45&step=2#the-test');
    await bar(page).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/compare\/.*step=3.*#theme-relationship$/);
    await bar(page).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/step=2/);
    await bar(page).waitFor();
    // Page Down scrolls the step's page first, and moves on only from its end: the end once the
    // page has finished loading, as a late font or stylesheet can still lengthen it.
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.keyboard.press('PageDown');
    await page.waitForURL(/step=3/);
    await bar(page).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/step=2/);
    await bar(page).waitFor();
    // Page Up scrolls up first, and goes back only from the top.
    await page.evaluate(() => scrollTo(0, 0));
    await page.keyboard.press('PageUp');
    await page.waitForURL(/step=1/);
    await bar(page).waitFor();
    expect(errors).toEqual([]);

    // Turned off with the presentation keys in Share (WCAG 2.1.4): the arrows are left to the page.
    await page.evaluate(() => localStorage.setItem('coc:present-key', 'off'));
    await bar(page).waitFor();
    const moved = await page.evaluate(() => {
      let taken = false;
      addEventListener('keydown', (event) => (taken = event.defaultPrevented), { once: true });
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      return taken || new URL(location.href).searchParams.get('step') !== '1';
    });
    expect(moved).toBe(false);
  });

  it.each([
    [390, 844],
    [1280, 800],
  ])('at %i×%i the step bar never covers the end of the page, and a compare step opens at its table', async (width, height) => {
    const { page } = await openPage(browser, '/compare/?theme=relationship&present=1&plan=plan-45&step=3#theme-relationship', {
      viewport: { width, height },
    });
    await bar(page).waitFor();
    // Scrolled to the group once the page settles (the browser keeps its fragment in view while the
    // page loads): its top may sit a fraction of a pixel above the viewport.
    const group = page.locator('#theme-relationship');
    await expect.poll(async () => (await group.boundingBox())!.y).toBeLessThan(height / 2);
    expect((await group.boundingBox())!.y).toBeGreaterThanOrEqual(-1);
    await page.goto(
      page
        .url()
        .replace(/step=3.*/, 'step=2#the-test')
        .replace('/compare/?theme=relationship&', '/lessons/definitions/?'),
    );
    await bar(page).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          // The reader scrolls to the end (again, should the page still be settling).
          scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
          const barTop = document.querySelector('.step-bar')!.getBoundingClientRect().top;
          const footer = document.querySelector('.site-footer')!.getBoundingClientRect().bottom;
          return footer <= barTop + 0.5;
        }),
      )
      .toBe(true);
  });

  it.each(['light', 'dark'] as const)('the step bar passes axe in %s mode', async (colorScheme) => {
    const { page } = await openPage(browser, '/compare/?theme=relationship&present=1&plan=plan-45&step=3', { colorScheme });
    await bar(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
