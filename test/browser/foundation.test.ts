import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, siteUrl } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('home', () => {
  it('renders the pitch and three ways in, with no console errors', async () => {
    const { page, errors } = await openPage(browser, '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Client or Customer?');
    const ways = page.locator('main .paths a');
    expect(await ways.count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});

describe('a lesson', () => {
  it('has a table of contents whose every entry lands on a heading', async () => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBeGreaterThan(2);
    for (const id of targets) {
      await expect(page.evaluate((id) => document.getElementById(id)?.tagName, id)).resolves.toMatch(/^H[23]$/);
    }
    expect(errors).toEqual([]);
  });

  it('gives every section a labelled anchor that copies its link', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const anchor = page.getByRole('link', { name: /^Link to section: What is a client/ });
    await anchor.click();
    expect(page.url()).toBe(siteUrl('/lessons/definitions/#what-is-a-client'));
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toBe(page.url());
    // Questions in the lesson have live regions of their own; this is the copy notice.
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link copied');
  });

  it('numbers citations and lists each cited source once, each citation pointing at its reference', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/');
    const refs = page.locator('.references li');
    const refIds = await refs.evaluateAll((lis) => lis.map((li) => li.id));
    expect(refIds.length).toBeGreaterThan(0);
    expect(new Set(refIds).size).toBe(refIds.length);
    const cites = await page
      .locator('sup.cite a')
      .evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).hash.slice(1)]));
    for (const [label, target] of cites) {
      const n = Number(label!.replace(/\D/g, ''));
      expect(refIds[n - 1]).toBe(target);
    }
  });
});

describe('site-wide', () => {
  it('reaches every page in the sitemap by following links from the home page', async () => {
    const { page } = await openPage(browser, '/');
    const seen = new Set<string>();
    const queue = [siteUrl('/')];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      // Links inside an SVG figure (the map's points) are links too; their href is not a string.
      // A download (the SCORM package) is a file, not a page.
      const links = await page
        .locator('a[href]:not([download])')
        .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href.split('#')[0]));
      for (const link of links) if (link.startsWith(siteUrl('/')) && !seen.has(link)) queue.push(link);
    }
    const sitemap = await (await fetch(siteUrl('/sitemap-0.xml'))).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const reached = [...seen].map((u) => new URL(u).pathname);
    expect(listed.filter((p) => !reached.includes(p))).toEqual([]);
    // It loads every page one by one: about 23 s on a quiet machine, so leave room for a busy one.
  }, 60_000);

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await openPage(browser, '/');
    const response = await page.goto(siteUrl('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  });

  it('follows the reader’s dark-mode setting', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await openPage(browser, '/', { colorScheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    // --bg in src/styles/tokens.css: warm paper, and near-black.
    expect(await background('light')).toBe('rgb(253, 252, 249)');
    expect(await background('dark')).toBe('rgb(17, 20, 24)');
  });

  it.each(['/', '/lessons/', '/lessons/definitions/', '/sources/', '/quiz/', '/404.html'])(
    'has no horizontal scroll at 360 px on %s',
    async (path) => {
      const { page } = await openPage(browser, path, { viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );
});
