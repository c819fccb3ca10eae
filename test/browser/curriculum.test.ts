import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, reloadPage, visit } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const openedMark = (lesson: string) => `[data-lesson="${lesson}"] [data-opened-mark]`;

describe('reading progress on the lessons index', () => {
  it('ticks a lesson after it is opened, and the tick survives a reload', async () => {
    const { page, errors } = await openPage(browser, '/lessons/');
    await expect(page.locator(openedMark('consumers')).isVisible()).resolves.toBe(false);
    await visit(page, '/lessons/consumers/');
    await visit(page, '/lessons/');
    await expect(page.locator(openedMark('consumers')).isVisible()).resolves.toBe(true);
    await expect(page.locator(openedMark('definitions')).isVisible()).resolves.toBe(false);
    await reloadPage(page);
    await expect(page.locator(openedMark('consumers')).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it.each(['{not json', '"a string"', '{"consumers":true}', '[1,null,{"x":1},"<img src=x onerror=alert(1)>"]'])(
    'shows the index without error when storage holds %s',
    async (stored) => {
      const { page, errors } = await openPage(browser, '/lessons/');
      await page.evaluate((value) => localStorage.setItem('coc:lessons-opened', value), stored);
      await reloadPage(page);
      expect(await page.locator('[data-lesson]').count()).toBeGreaterThanOrEqual(9);
      expect(await page.locator('[data-opened-mark]:visible').count()).toBe(0);
      await visit(page, '/lessons/definitions/');
      await visit(page, '/lessons/');
      await expect(page.locator(openedMark('definitions')).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    },
  );
});

describe('glossary', () => {
  it('shows the first use of a term in a lesson its definition in place, linked to the full entry, which is highlighted', async () => {
    const { page } = await openPage(browser, '/lessons/agreements-pricing/');
    // Without popover support the word itself is this link; with it, the link is inside the definition.
    expect(await page.locator('.prose a.term-link[href$="#lifetime-value"]').count()).toBe(1);
    await page.locator('.prose button.term[popovertarget="term-lifetime-value"]').click();
    const link = page.locator('#term-lifetime-value a[href$="#lifetime-value"]');
    await link.click();
    await page.waitForURL(/\/glossary\/#lifetime-value$/);
    const highlighted = await page.locator('.glossary-term:has(#lifetime-value)').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(highlighted).toBe('solid');
  });
});
