import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage } from './site.ts';
import { encodeAnswers } from '../../src/lib/quiz-url-state.ts';

const examples = load(readFileSync(new URL('../../content/examples.yaml', import.meta.url), 'utf8')) as { id: string; name: string }[];
const placed = load(readFileSync(new URL('../../content/map.yaml', import.meta.url), 'utf8')) as { id: string; placements: unknown[] }[];
/** One row per article's placement in the table; one mark per business on the map. */
const rows = placed.reduce((n, b) => n + b.placements.length, 0);
const points = placed.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Opens the map and waits until both islands run and the address has been read. */
async function openMap(path = '/map/', options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, path, { serviceWorkers: 'block', ...options });
  // Both islands hydrate when visible: bring each into view, as a reader scrolling would.
  await opened.page.locator('.map-controls-area').scrollIntoViewIfNeeded();
  await opened.page.waitForSelector('#the-map[data-ready]');
  await opened.page.locator('.map-panel').scrollIntoViewIfNeeded();
  await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return opened;
}

/** Labels, points and the listed names a reader can see, with their boxes on screen. */
const visibleMap = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const svg = [...document.querySelectorAll('#the-map [data-map-svg]')].find(shown)!;
    return {
      layout: svg.closest<HTMLElement>('[data-layout]')!.dataset.layout,
      labels: [...svg.querySelectorAll('.map-label')].filter(shown).map((l) => ({ text: l.textContent, ...box(l) })),
      // Every other piece of text in the drawing: the key, the region names, the axis ends.
      texts: [...svg.querySelectorAll('.map-region-name, .map-key-marks text, .map-axis text')]
        .filter(shown)
        .map((l) => ({ text: l.textContent, ...box(l) })),
      numbers: [...svg.querySelectorAll('.map-number')].filter(shown).length,
      marks: [...svg.querySelectorAll('.map-point')]
        .filter(shown)
        .map((p) => ({ key: (p as SVGElement).dataset.key, ...box(p.querySelector('.map-mark')!) })),
      listed: [...svg.parentElement!.querySelectorAll('.map-listed a')].filter(shown).map((a) => a.textContent),
      keys: [...svg.querySelectorAll('.map-point')].filter(shown).map((p) => (p as SVGElement).dataset.key),
      scrollWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    };
  });
const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

describe('the client–customer map', () => {
  it('is complete without JavaScript: every point drawn and labelled or listed, every business in the table, no dead controls', async () => {
    const { page } = await openPage(browser, '/map/', { javaScriptEnabled: false });
    const map = await visibleMap(page);
    expect(map.keys).toHaveLength(points);
    expect(map.labels.length).toBe(points);
    expect(map.numbers).toBe(map.listed.length);
    expect(await page.locator('.map-table tbody tr').count()).toBe(rows);
    for (const { name } of examples)
      await expect(page.locator('.map-table th[scope=row]', { hasText: name }).count()).resolves.toBeGreaterThan(0);
    expect(
      await page
        .locator('.map-app select, .map-app input, .map-app button')
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length),
    ).toBe(0);
    expect(await page.locator('.map-point[role=button]').count()).toBe(0);
    // A listed name still leads somewhere: its row in the table.
    await expect(page.locator('.map-listed a').first().getAttribute('href')).resolves.toMatch(/^#map-/);
  });

  it.each([
    [320, 'narrow'],
    [390, 'narrow'],
    [768, 'wide'],
    [1280, 'wide'],
  ])(
    'fits %i px: nothing wider than the screen, no text over other text or a mark, every business named or numbered',
    async (width, layout) => {
      const { page } = await openMap('/map/', { viewport: { width, height: 900 } });
      const map = await visibleMap(page);
      expect(map.layout).toBe(layout);
      expect(map.scrollWidth).toBeLessThanOrEqual(map.width);
      // A label is a business's name or, where the name has no room, its number in the key below.
      expect(map.labels.length).toBe(points);
      expect(map.numbers).toBe(map.listed.length);
      for (const a of map.texts) for (const b of map.texts) if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      for (const a of map.labels) {
        for (const b of [...map.labels, ...map.texts]) if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
        for (const m of map.marks) expect(overlap(a, m), `${a.text} over ${m.key}`).toBe(false);
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(width);
      }
      // Labels are big enough to read once the drawing is scaled to the screen.
      const smallest = Math.min(...map.labels.map((l) => l.y1 - l.y0));
      expect(smallest).toBeGreaterThanOrEqual(10);
    },
  );

  it('is keyboard-complete: Tab to the map, arrows between points, Enter to select, both views explained', async () => {
    const { page } = await openMap();
    await page.locator('#the-map .map-point[tabindex="0"]:visible').focus();
    const focused = () => page.evaluate(() => (document.activeElement as SVGElement).dataset.key);
    // Key handling loads on first focus, so each move is awaited rather than assumed instant.
    const press = async (key: string) => {
      const before = await focused();
      await page.keyboard.press(key);
      await page.waitForFunction((b) => (document.activeElement as SVGElement).dataset.key !== b, before, { timeout: 5000 });
      return focused();
    };
    const first = await focused();
    const second = await press('ArrowRight');
    expect(second).not.toBe(first);
    expect(await press('ArrowLeft')).toBe(first);
    // Walk to SaaS, which the articles place differently, and select it.
    for (let i = 0; i < 40 && (await focused()) !== 'saas'; i++) await press('ArrowRight');
    expect(await focused()).toBe('saas');
    await page.keyboard.press('Enter');
    const details = page.locator('.map-details');
    await expect(details.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(/Software-as-a-service/);
    await expect(details.textContent()).resolves.toMatch(/In LiveChat's view[\s\S]*In Ecommerce guide's view/);
    await expect(details.textContent()).resolves.toMatch(/The articles place it differently/);
    await page.waitForFunction(() => location.search === '?business=saas');
    // Each article's own point shows for the chosen business, and for none other.
    await expect(page.locator('#the-map .map-views[data-business="saas"]:visible').count()).resolves.toBe(1);
    await expect(page.locator('#the-map .map-views:visible').count()).resolves.toBe(1);
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.map-hit')!).strokeWidth);
    expect(focusStyle).toBe('3px');
  });

  it("keeps the chosen business, the filter, the disagreement view and the reader's point in the address, and presentation mode with them", async () => {
    const { page } = await openMap('/map/?present=1');
    await page.getByRole('radio', { name: 'It depends' }).check();
    await page.getByRole('checkbox', { name: 'Where the articles disagree' }).check();
    await page.getByRole('combobox', { name: 'Business' }).selectOption('bank');
    await page.getByRole('button', { name: 'Place my business' }).click();
    const slider = page.getByRole('slider', { name: 'How tailored the offer is' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('32 of 100. Your point: tailoring 32, relationship 30.');
    await page.waitForFunction(() => location.search === '?present=1&business=bank&show=depends&you=32,30&disagree=1');
    await expect(page.locator('#the-map .map-point:visible').count()).resolves.toBe(6); // the six "it depends" businesses
    await expect(page.locator('.map-nearest li').count()).resolves.toBe(3);
    await expect(page.locator('.map-zone-advice a').count()).resolves.toBeGreaterThan(0);

    const shared = page.url();
    const { page: again } = await openMap(new URL(shared).pathname + new URL(shared).search);
    await expect(again.locator('.map-details h3').textContent()).resolves.toMatch(/Bank/);
    await expect(again.getByRole('slider', { name: 'How tailored the offer is' }).inputValue()).resolves.toBe('32');
    await expect(again.getByRole('radio', { name: 'It depends' }).isChecked()).resolves.toBe(true);
    await expect(again.getByRole('checkbox', { name: 'Where the articles disagree' }).isChecked()).resolves.toBe(true);
    await expect(again.locator('#the-map').getAttribute('data-views')).resolves.toBe('on');
  });

  it('lets the reader drag their point', async () => {
    const { page } = await openMap('/map/?you=50,50', { viewport: { width: 1280, height: 900 } });
    const you = page.locator('#the-map .map-you:visible');
    const from = (await you.locator('.map-you-ring').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 150, from.y - 100, { steps: 5 });
    await page.mouse.up();
    const t = Number(await page.getByRole('slider', { name: 'How tailored the offer is' }).inputValue());
    const r = Number(await page.getByRole('slider', { name: 'How lasting the relationship is' }).inputValue());
    expect(t).toBeGreaterThan(60);
    expect(r).toBeGreaterThan(60);
    await page.waitForFunction(([t, r]) => location.search === `?you=${t},${r}`, [t, r]);
  });

  it("keeps the reader's marker readable: names it lands on step aside and come back when it moves on", async () => {
    // At 50,72 on a phone the marker sits on the insurance agency's and the bank's names.
    const { page } = await openMap('/map/?you=50,72', { viewport: { width: 390, height: 844 } });
    const underYou = () =>
      page.evaluate(() => {
        const svg = [...document.querySelectorAll('#the-map [data-map-svg]')].find((el) => el.getClientRects().length > 0)!;
        const you = ['.map-you-ring', '.map-you-label'].map((s) => svg.querySelector(s)!.getBoundingClientRect());
        const labels = [...svg.querySelectorAll('.map-label')];
        const visible = labels.filter((l) => getComputedStyle(l).visibility === 'visible');
        const hits = (r: DOMRect) => you.some((y) => r.left < y.right && y.left < r.right && r.top < y.bottom && y.top < r.bottom);
        return {
          hidden: labels.length - visible.length,
          covered: visible.filter((l) => hits(l.getBoundingClientRect())).map((l) => l.textContent),
        };
      });
    await expect.poll(async () => (await underYou()).hidden, { timeout: 5000 }).toBeGreaterThan(0);
    expect((await underYou()).covered).toEqual([]);
    // Moved to an empty corner, every name is back.
    await page.getByRole('slider', { name: 'How tailored the offer is' }).fill('98');
    await page.getByRole('slider', { name: 'How lasting the relationship is' }).fill('2');
    await expect.poll(async () => (await underYou()).hidden).toBe(0);
  });

  it('gives every name in the numbered key a target at least 24 px tall on a phone', async () => {
    const { page } = await openPage(browser, '/map/', { viewport: { width: 390, height: 844 } });
    const heights = await page
      .locator('.map-listed a:visible')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  });

  it('opens a tampered address with a notice and the default map', async () => {
    const { page, errors } = await openMap('/map/?business=unicorn&you=200,-3&show=all&show=client');
    await expect(page.locator('.map-notices li').allTextContents()).resolves.toEqual([
      'There is no business "unicorn" on the map.',
      'The link gives "show" more than once.',
      '"200,-3" is not a point on the map. Use two whole numbers from 0 to 100, such as you=60,40.',
    ]);
    await expect(page.locator('#the-map .map-point:visible').count()).resolves.toBe(points);
    await expect(page.locator('#the-map .map-you:visible').count()).resolves.toBe(0);
    await expect(page.locator('#the-map [aria-pressed="true"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('prints the map, the chosen business and the table, without the controls', async () => {
    const { page } = await openMap('/map/?business=gym');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.map-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('#the-map [data-map-svg]:visible').count()).resolves.toBe(1);
    await expect(page.locator('.map-details h3').isVisible()).resolves.toBe(true);
    await expect(page.locator('.map-table').isVisible()).resolves.toBe(true);
    await expect(page.locator('.map-you-controls').isVisible()).resolves.toBe(false);
  });
});

/** Whether an element's box lies wholly inside the window. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

/** Waits until the page stops scrolling (placing may glide the map into view). */
const scrollSettled = (page: Page) =>
  page.waitForFunction(
    () => {
      const w = window as unknown as { lastY?: number; still?: number };
      w.still = w.lastY === scrollY ? (w.still ?? 0) + 1 : 0;
      w.lastY = scrollY;
      return w.still >= 5;
    },
    undefined,
    { polling: 'raf' },
  );

describe('placing your business', () => {
  it.each([
    [390, 844],
    [768, 1024],
  ])(
    'works by touch at %i×%i: the map, its marker and both sliders on one screen, the region and nearest businesses read out',
    async (width, height) => {
      const { page } = await openMap('/map/', { viewport: { width, height }, hasTouch: true, isMobile: true });
      await page.getByRole('button', { name: 'Place my business' }).tap();
      const tailoring = page.getByRole('slider', { name: 'How tailored the offer is' });
      const relationship = page.getByRole('slider', { name: 'How lasting the relationship is' });
      await tailoring.waitFor();
      await scrollSettled(page);
      // Tap near the far end of each slider: yes to both questions.
      for (const slider of [tailoring, relationship]) {
        const box = (await slider.boundingBox())!;
        await page.touchscreen.tap(box.x + box.width * 0.92, box.y + box.height / 2);
      }
      await page.waitForFunction(() => /^\?you=(9\d|100),(9\d|100)$/.test(location.search));
      await expect(page.locator('.map-you-readout').textContent()).resolves.toMatch(/^Clients\. Nearest: /);
      await page.locator('#the-map .map-you:visible .map-you-ring').waitFor();
      // The page may still be gliding the map into view on a busy machine: wait for it to arrive.
      await expect.poll(() => onScreen(page, '.map-sliders')).toBe(true);
      await expect
        .poll(() =>
          page.locator('#the-map .map-you:visible .map-you-ring').evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        )
        .toBe(true);
    },
  );

  it.each([
    [390, 844],
    [768, 1024],
  ])('works by keyboard at %i×%i', async (width, height) => {
    const { page } = await openMap('/map/', { viewport: { width, height } });
    await page.getByRole('button', { name: 'Place my business' }).focus();
    await page.keyboard.press('Enter');
    const tailoring = page.getByRole('slider', { name: 'How tailored the offer is' });
    await tailoring.waitFor();
    // The button is gone; the keyboard is on the first slider, not lost.
    await expect(tailoring.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).getAttribute('aria-valuetext'))).resolves.toBe(
      '30 of 100. Your point: tailoring 90, relationship 30.',
    );
    await expect(page.locator('.map-you-readout').textContent()).resolves.toMatch(/^Tailored one-off jobs\. Nearest: /);
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search === '?you=90,100');
    await expect(page.locator('.map-you-readout').textContent()).resolves.toMatch(/^Clients\. Nearest: /);
    // The page may still be gliding the map into view on a busy machine: wait for it to arrive.
    await expect.poll(() => onScreen(page, '.map-sliders')).toBe(true);
    await expect
      .poll(() =>
        page.locator('#the-map .map-you:visible .map-you-ring').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  it('keeps the marker in view on a laptop while a slider moves it', async () => {
    const { page } = await openMap('/map/', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('button', { name: 'Place my business' }).click();
    const relationship = page.getByRole('slider', { name: 'How lasting the relationship is' });
    await relationship.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search === '?you=30,100');
    await scrollSettled(page);
    const inView = () =>
      page.locator('#the-map .map-you:visible .map-you-ring').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    expect(await inView()).toBe(true);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.search === '?you=30,0');
    expect(await inView()).toBe(true);
  });
});

describe('the map elsewhere', () => {
  it.each([
    [390, 844],
    [1280, 800],
  ])(
    'asks about the reader’s business on the home page’s first screen at %i×%i, beside a small map that needs no script',
    async (width, height) => {
      const { page } = await openPage(browser, '/', { viewport: { width, height }, javaScriptEnabled: false });
      const quiz = page.locator('.home-map').getByRole('link', { name: 'Take the quiz' });
      const place = page.locator('.home-map').getByRole('link', { name: 'Place my business' });
      for (const link of [quiz, place])
        expect((await link.boundingBox())!.y + (await link.boundingBox())!.height).toBeLessThanOrEqual(height);
      await expect(place.getAttribute('href')).resolves.toMatch(/^\/map\/\?you=\d+,\d+#place$/);
      const figure = page.locator('.home-map [data-map-svg]');
      await expect(figure.locator('.map-region-name').allTextContents()).resolves.toHaveLength(4);
      await expect(figure.locator('.map-point').count()).resolves.toBe(points);
      await expect(figure.locator('.map-label').count()).resolves.toBe(0);
    },
  );

  it("shows a lesson's focused view: its businesses labelled, each a link to the full map", async () => {
    const { page } = await openPage(browser, '/lessons/who-has-which/', { javaScriptEnabled: false });
    const figure = page.locator('figure[data-lesson-figure="client-customer-map"]');
    const links = await figure.locator('[data-layout="wide"] a.map-point').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(
      ['bank', 'gym', 'personal-trainer', 'pharmacy', 'primary-care', 'saas'].map((id) => `/map/?business=${id}`).sort(),
    );
    await expect(figure.locator('[data-layout="wide"] .map-faint').count()).resolves.toBe(points - links.length);
    await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/our own model/);
  });

  it('puts the reader on the map at the end of the quiz, with a link to explore it', async () => {
    const picks = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { page } = await openPage(browser, `/quiz/?a=${encodeAnswers(picks)}`, { serviceWorkers: 'block' });
    const mini = page.getByRole('region', { name: 'You on the client–customer map' });
    await mini.waitFor();
    await expect(mini.getByRole('img').getAttribute('aria-label')).resolves.toMatch(/tailoring 100, relationship 100/);
    await mini.getByRole('link', { name: 'Explore the map with you on it' }).click();
    await page.waitForSelector('#the-map[data-ready]');
    expect(new URL(page.url()).search).toBe('?you=100,100');
    await expect(page.getByRole('slider', { name: 'How lasting the relationship is' }).inputValue()).resolves.toBe('100');
  });
});
