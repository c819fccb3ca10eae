import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage, reloadPage, siteUrl } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const BOX = 'Search lessons, tools and terms';
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

interface Shown {
  type: string;
  title: string;
  section: string;
  /** The result's address as a site path with its #fragment, base and ?highlight= removed. */
  path: string;
}

const results = (scope: Page | Locator) => scope.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** The first `n` results on screen, waiting for them to appear. */
async function shown(scope: Page | Locator, n = 5): Promise<Shown[]> {
  await results(scope).first().waitFor({ timeout: 10_000 });
  const base = new URL(siteUrl('/')).pathname;
  return (
    await results(scope).evaluateAll((options) =>
      options.map((o) => ({
        type: o.querySelector('.search-result-type')!.textContent!,
        title: o.querySelector('.search-result-title')!.textContent!,
        section: o.querySelector('.search-result-section')?.textContent ?? '',
        href: o.getAttribute('href')!,
      })),
    )
  )
    .slice(0, n)
    .map(({ href, ...rest }) => {
      const url = new URL(href, 'http://site.test');
      return { ...rest, path: `/${url.pathname.slice(base.length)}${url.hash}` };
    });
}

async function searchFromHeader(page: Page, query: string) {
  await page.getByRole('link', { name: /^Search/ }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: BOX }).fill(query);
}

/** Lesson paths whose built page says `phrase` in a heading (h1–h3) or anywhere, found in dist, so lesson rewrites move the answer with them. */
function lessonsSaying(phrase: RegExp, where: 'heading' | 'text'): string[] {
  return readdirSync(`${dist}lessons`, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .filter((e) => {
      const html = readFileSync(`${dist}lessons/${e.name}/index.html`, 'utf8');
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      const text = where === 'heading' ? [...article.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map((m) => m[1]).join(' ') : article;
      return phrase.test(text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    })
    .map((e) => `/lessons/${e.name}/`);
}

describe('search', () => {
  it('downloads nothing of search with the page, and starts when a reader reaches for it', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((u) => /\/pagefind\/|search-ui/.test(u))).toEqual([]);
    await page.getByRole('link', { name: /^Search/ }).hover();
    await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('shows each result’s page type, title, best section and excerpt with the matched words marked', async () => {
    const { page, errors } = await openPage(browser, '/');
    await searchFromHeader(page, 'lifetime value');
    const [first] = await shown(page, 1);
    expect(first).toEqual({ type: 'Glossary', title: 'Glossary', section: 'Lifetime value', path: '/glossary/#lifetime-value' });
    const marks = await results(page).first().locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase().replace(/\W+$/, ''))).toEqual(expect.arrayContaining(['lifetime', 'value']));
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/\d+ results? for “lifetime value”/);
    expect(errors).toEqual([]);
  });

  describe('puts the right page first', () => {
    it.each([
      ['churn', '/glossary/#churn'],
      ['retainer', '/glossary/#retainer'],
      ['acquisition cost', '/glossary/#acquisition-cost'],
      ['B2B', '/glossary/#b2b'],
    ])('a glossary term, "%s": its own entry', async (query, path) => {
      const { page } = await openPage(browser, '/');
      await searchFromHeader(page, query);
      const [first] = await shown(page, 1);
      expect(first, JSON.stringify(first)).toMatchObject({ type: 'Glossary', path });
    });

    it('"personal trainer": a page about personal trainers, never one that only says "person" and "trainers" apart', async () => {
      const expected = [...lessonsSaying(/personal trainer/i, 'text'), '/examples/'];
      const { page } = await openPage(browser, '/');
      await searchFromHeader(page, 'personal trainer');
      const [first] = await shown(page, 1);
      expect(expected, JSON.stringify(first)).toContain(first!.path.replace(/#.*/, ''));
    });

    it('"sales cycle": the lesson that teaches it is the first lesson, and in the top two', async () => {
      const teaching = lessonsSaying(/sales cycle/i, 'heading');
      expect(teaching.length).toBeGreaterThan(0);
      const { page } = await openPage(browser, '/');
      await searchFromHeader(page, 'sales cycle');
      const top = await shown(page);
      const firstLesson = top.findIndex((r) => r.type === 'Lesson');
      expect(teaching, JSON.stringify(top)).toContain(top[firstLesson]!.path.replace(/#.*/, ''));
      expect(firstLesson).toBeLessThan(2);
    });

    it('"dog grooming": a page of every example business (the examples or the map) among the first three', async () => {
      const { page } = await openPage(browser, '/');
      await searchFromHeader(page, 'dog grooming');
      const top = await shown(page, 3);
      expect(
        top.some((r) => ['/examples/', '/map/'].includes(r.path.split('#')[0])),
        top.map((r) => r.path).join(' | '),
      ).toBe(true);
    });

    it('leaves lists of other pages’ titles out: no Sources or Lessons excerpt is a list of lesson titles', async () => {
      const { page } = await openPage(browser, '/');
      await searchFromHeader(page, 'winning them');
      const excerpts = await results(page).locator('.search-result-excerpt').allTextContents();
      expect(excerpts.filter((e) => /Cited in|Used in/.test(e))).toEqual([]);
    });
  });

  it('is used with the keyboard alone: arrows move the highlight, Enter opens it with the words highlighted', async () => {
    const { page, errors } = await openPage(browser, '/lessons/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByRole('combobox', { name: BOX });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('churn');
    await results(page).first().waitFor();
    // Typed a letter at a time, so results for "chu" may still be replaced by those for "churn".
    await page.waitForLoadState('networkidle');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = results(page).nth(1);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await second.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await expect(results(page).first().getAttribute('aria-selected')).resolves.toBe('true');
    const href = await results(page).first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    expect(page.url()).toBe(new URL(href!, page.url()).href);
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('narrows by type with toggle chips, and has one clear control that empties the box and the address', async () => {
    const { page } = await openPage(browser, '/');
    await searchFromHeader(page, 'pricing');
    const dialog = page.getByRole('dialog');
    await shown(dialog);
    const chip = dialog.getByRole('button', { name: /^Glossary/ });
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(async () => (await shown(dialog)).every((r) => r.type === 'Glossary')).toBe(true);
    await chip.click();
    await expect.poll(async () => new Set((await shown(dialog)).map((r) => r.type)).size).toBeGreaterThan(1);

    await expect(dialog.getByRole('button', { name: 'Clear' }).count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Clear' }).click();
    await expect(dialog.getByRole('combobox', { name: BOX }).inputValue()).resolves.toBe('');
    await expect.poll(() => results(dialog).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  it('fetches the page data only of results on screen', async () => {
    const { page } = await openPage(browser, '/');
    const fragments: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
    await searchFromHeader(page, 'client');
    await shown(page);
    await page.waitForLoadState('networkidle');
    const status = await page.getByRole('dialog').getByRole('status').textContent();
    expect(Number(status!.match(/\d+/)![0])).toBeGreaterThan(10);
    expect(fragments.length).toBeLessThanOrEqual(5);
  });

  it('opens with "/" outside form fields, closes with Escape and gives focus back', async () => {
    const { page, errors } = await openPage(browser, '/lessons/');
    const firstLesson = page.locator('.lesson-list a').first();
    await firstLesson.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await page.keyboard.type('churn');
    await results(page).first().waitFor();
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(firstLesson.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("shows a new query's results when it starts while the last query's pages are still loading", async () => {
    const { page, errors } = await openPage(browser, '/');
    // Each result's page data waits until the test lets it through, as on a slow connection.
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await slow;
      await route.continue();
    });
    await searchFromHeader(page, 'client');
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/results? for “client”/);
    await page.getByRole('dialog').getByRole('combobox', { name: BOX }).fill('customer');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/results? for “customer”/);
    release();
    const titles = (await shown(page)).map((r) => r.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('lets the reader turn the "/" shortcut off, and remembers it', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Open search with the / key').uncheck();
    await page.keyboard.press('Escape');
    await reloadPage(page);
    // The shortcut handler acts as the key lands, so the dialog would be open already.
    await page.keyboard.press('/');
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The handler is listening: Ctrl+K still opens search.
    await page.keyboard.press('Control+k');
    await expect(dialog.isVisible()).resolves.toBe(true);
  });

  it('keeps the query in the URL, so a shared search link and Back show the same results', async () => {
    const { page, errors } = await openPage(browser, '/');
    await searchFromHeader(page, 'wealth');
    await shown(page, 1);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('wealth');
    await results(page).first().click();
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('dialog').getByRole('combobox', { name: BOX }).inputValue()).resolves.toBe('wealth');
    await expect(shown(page, 1)).resolves.toHaveLength(1);
  });

  it('fills a phone screen, and nothing in the dialog moves as results arrive', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.getByRole('link', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('combobox', { name: BOX });
    const listbox = dialog.getByRole('listbox', { name: 'Results' });
    // Whole pixels: a fraction of one from font rounding is no shift a reader could see.
    const top = async () => ({
      dialog: await dialog.boundingBox(),
      box: (await box.boundingBox())!.y,
      list: (await listbox.boundingBox())!.y,
    });
    // Until its styles apply the dialog's insides are unseen (opacity 0): measure from when a reader sees them.
    await page.waitForSelector('.search-dialog[data-styled]');
    const before = await top();
    expect(before.dialog!.height).toBeGreaterThanOrEqual(840);
    await box.fill('client');
    await shown(page);
    const after = await top();
    expect(after.dialog).toEqual(before.dialog);
    expect(after.box).toBeCloseTo(before.box, 0);
    expect(after.list).toBeCloseTo(before.list, 0);
    const list = await listbox.boundingBox();
    expect(list!.y + list!.height).toBeGreaterThan(600);
  });

  it('has a search page that runs the query in its address, and fetches no engine before the reader types', async () => {
    const { page, errors } = await openPage(browser, '/search/?q=exclusivity');
    const main = page.locator('main');
    expect((await shown(main)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);

    const { page: empty } = await openPage(browser, '/search/');
    const requests: string[] = [];
    empty.on('request', (r) => requests.push(r.url()));
    await empty.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await empty.locator('main').getByRole('combobox', { name: BOX }).fill('retainer');
    await expect(shown(empty.locator('main'), 1)).resolves.toHaveLength(1);
    await expect.poll(() => new URL(empty.url()).searchParams.get('q')).toBe('retainer');
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations with results showing, in the dialog and on the search page (%s)',
    async (colorScheme) => {
      const { page } = await openPage(browser, '/', { colorScheme });
      await searchFromHeader(page, 'pricing');
      await shown(page, 1);
      await page.keyboard.press('ArrowDown');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Lessons/ })
        .click();
      await shown(page, 1);
      expect(await axeViolations(page)).toEqual([]);
      const { page: searchPage } = await openPage(browser, '/search/?q=pricing', { colorScheme });
      await shown(searchPage.locator('main'), 1);
      expect(await axeViolations(searchPage)).toEqual([]);
    },
  );

  it('says search needs JavaScript, and where to go instead, when it is off', async () => {
    const { page } = await openPage(browser, '/search/', { javaScriptEnabled: false });
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('main a[href$="/glossary/"]').count()).resolves.toBe(1);
  });
});
