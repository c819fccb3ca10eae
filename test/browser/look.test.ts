import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, siteUrl } from './site.ts';
import { axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('the home page’s first screen', () => {
  it.each([
    [390, 844],
    [1280, 800],
  ])('asks about the reader’s business at %i×%i: the two questions, the map and both ways to answer', async (width, height) => {
    const { page, errors } = await openPage(browser, '/', { viewport: { width, height } });
    const firstScreen = async (locator: ReturnType<typeof page.locator>) => {
      const box = await locator.boundingBox();
      expect(box, await locator.innerText()).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    };
    await firstScreen(page.getByRole('heading', { name: 'Where does your business sit?' }));
    await firstScreen(page.locator('.home-map-questions li').nth(1));
    await firstScreen(page.getByRole('link', { name: 'Place my business' }));
    await firstScreen(page.getByRole('link', { name: 'Take the quiz' }).first());
    // The map is on the first screen at least in part, so the reader sees what placing means.
    const map = await page.locator('.home-map-figure').boundingBox();
    expect(map!.y).toBeLessThan(height);
    await expect(page.getByRole('link', { name: 'Place my business' }).getAttribute('href')).resolves.toMatch(/\/map\/\?you=/);
    expect(errors).toEqual([]);
  });

  it.each([true, false])('then sorts three businesses, each answer explained (JavaScript on: %s)', async (javaScriptEnabled) => {
    const { page, errors } = await openPage(browser, '/', { viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const trainer = page.getByRole('group', { name: 'Personal trainer' });
    const gym = page.getByRole('group', { name: 'Gym or fitness centre' });
    await expect(
      page
        .getByText(/^Right\./)
        .first()
        .isVisible(),
    ).resolves.toBe(false);

    await trainer.getByRole('radio', { name: 'Client' }).check();
    await expect(page.locator('.home-sort-item', { has: trainer }).getByText('Right.').isVisible()).resolves.toBe(true);
    await gym.getByRole('radio', { name: 'Client' }).check();
    const gymFeedback = page.locator('.home-sort-item', { has: gym });
    await expect(gymFeedback.getByText('Not quite: it has customers.').isVisible()).resolves.toBe(true);
    await expect(gymFeedback.locator('.home-sort-wrong').innerText()).resolves.toMatch(/standard access/);
    await gym.getByRole('radio', { name: 'Customer' }).check();
    await expect(gymFeedback.getByText('Not quite: it has customers.').isVisible()).resolves.toBe(false);
    await expect(gymFeedback.getByText('Right.').isVisible()).resolves.toBe(true);
    // Once every business has an answer, a line points to the reader's own business.
    const done = page.getByText(/^All three sorted/);
    await expect(done.isVisible()).resolves.toBe(false);
    await page.getByRole('group', { name: 'Coffee shop' }).getByRole('radio', { name: 'Customer' }).check();
    await expect(done.isVisible()).resolves.toBe(true);
    await expect(done.getByRole('link').getAttribute('href')).resolves.toMatch(/\/quiz\/$/);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('passes axe with answers showing in %s mode', async (colorScheme) => {
    const { page } = await openPage(browser, '/', { colorScheme });
    await page.getByRole('group', { name: 'Coffee shop' }).getByRole('radio', { name: 'Client' }).check();
    await page.getByRole('group', { name: 'Gym or fitness centre' }).getByRole('radio', { name: 'Customer' }).check();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a look of our own', () => {
  it('headings are set in the self-hosted face, at most 40 KB of font files, without a layout shift', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fonts: number[] = [];
    page.on('response', async (res) => {
      if (/\.woff2?$/.test(new URL(res.url()).pathname)) fonts.push((await res.body()).length);
    });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      // Only shifts of headings count here: the font swap is what this test is about (the
      // in-text checks add their buttons once enhanced, a separate, measured cost).
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          const moved = (e.sources ?? []).map((s) => s.node).filter((n): n is Element => n instanceof Element);
          if (moved.some((n) => n.matches('h1, h2, h3') || n.querySelector('h1, h2, h3')))
            (window as unknown as { shift: number }).shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(siteUrl('/lessons/definitions/'), { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('700 2rem "Bricolage Grotesque"'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toMatch(/^"?Bricolage Grotesque/);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toBeLessThanOrEqual(40 * 1024);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await context.close();
  });

  it('paints text before the heading face is fetched on a first visit, and uses the face from the first paint after that', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fontRequested = () =>
      page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const font = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.woff2'))?.startTime;
        return { paint, font };
      });
    await page.goto(siteUrl('/lessons/definitions/'), { waitUntil: 'load' });
    await expect.poll(async () => (await fontRequested()).font).toBeGreaterThan(0);
    const first = await fontRequested();
    expect(first.font).toBeGreaterThan(first.paint!);
    await page.evaluate(() => document.fonts.ready);

    // The next page of the visit: the face is declared before the page paints, so headings never swap.
    await page.goto(siteUrl('/lessons/consumers/'), { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Bricolage')))).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('700 2rem "Bricolage Grotesque"'))).toBe(true);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('the focus ring is the palette’s focus colour in %s mode', async (colorScheme) => {
    const { page } = await openPage(browser, '/glossary/', { colorScheme });
    await page.keyboard.press('Tab');
    const [ring, token] = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      return [getComputedStyle(document.activeElement!).outlineColor, getComputedStyle(probe).color];
    });
    expect(ring).toBe(token);
  });
});
