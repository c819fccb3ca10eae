import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { siteUrl, visit } from './site.ts';

/**
 * The site in engines that lack what it uses: Chromium with those features masked. Stylesheets are
 * rewritten so the engine does not know the feature (its rules drop, `@supports` says no), and
 * before any page script runs the scripts' view of them is removed; without the Popover API, a
 * popover and its buttons also behave as plain elements, as they do in those engines.
 */
interface Engine {
  /** What is missing there, as CSS sees it. */
  css: [RegExp, string][];
  /** Features a script would test for with CSS.supports. */
  unsupported: string[];
  popoverApi: boolean;
}

// Safari 17.0–17.4: popovers, but neither light-dark() nor anchor positioning.
const SAFARI_17: Engine = {
  css: [
    [/light-dark\(/g, 'x-light-dark('],
    [/position-(area|try)/g, 'x-position-$1'],
  ],
  unsupported: ['light-dark', 'position-area', 'position-try'],
  popoverApi: true,
};
// Safari 16, Firefox 119 and older: none of the three.
const SAFARI_16: Engine = {
  css: [...SAFARI_17.css, [/:popover-open/g, ':x-popover-open']],
  unsupported: [...SAFARI_17.unsupported, ':popover-open'],
  popoverApi: false,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function openIn(engine: Engine, path: string, options: BrowserContextOptions = {}) {
  // bypassCSP: the inline styles rewritten below no longer match the hashes in the page's policy.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block', bypassCSP: true, ...options });
  const older = (css: string) => engine.css.reduce((text, [from, to]) => text.replace(from, to), css);
  await context.route('**/*.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: older(await response.text()) });
  });
  // Pages carry most of their styles inline: those are read as the older engine would, too.
  await context.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
        (_, open, css, close) => open + older(css) + close,
      );
      await route.fulfill({ response, body: html });
    },
  );
  await context.addInitScript(
    ({ unsupported, popoverApi }) => {
      const supports = CSS.supports.bind(CSS) as (...args: string[]) => boolean;
      CSS.supports = (...args: string[]) => !unsupported.some((f) => args.join(':').includes(f)) && supports(...args);
      if (popoverApi) return;
      for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete (HTMLElement.prototype as never)[name];
      // The selector is unknown there: asking about it throws.
      for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype] as unknown as Record<string, unknown>[])
        for (const name of ['querySelector', 'querySelectorAll', 'matches', 'closest'].filter((n) => n in proto)) {
          const native = proto[name] as (this: unknown, selector: string) => unknown;
          proto[name] = function (this: unknown, selector: string) {
            if (String(selector).includes(':popover-open')) throw new DOMException(`'${selector}' is not a valid selector.`, 'SyntaxError');
            return native.call(this, selector);
          };
        }
      // Buttons with popovertarget are plain buttons there...
      addEventListener('click', (event) => (event.target as Element).closest?.('[popovertarget]') && event.preventDefault(), true);
      // ...and a popover is an ordinary element, shown like any other (the lowest layer, under the site's own).
      const defaults = document.createElement('style');
      defaults.textContent = `@layer engine-defaults { [popover] { display: block; position: static; inset: auto; margin: 0;
        width: auto; height: auto; padding: 0; border: 0; overflow: visible; color: inherit; background: none; }
        span[popover] { display: inline; } }`;
      // First in the head, so its layer comes first and every layer of the site's outranks it.
      new MutationObserver((_, watching) => {
        if (!document.head) return;
        document.head.prepend(defaults);
        watching.disconnect();
      }).observe(document, { childList: true, subtree: true });
    },
    { unsupported: engine.unsupported, popoverApi: engine.popoverApi },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await visit(page, path);
  return { page, errors };
}

const colours = (page: Page) =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const link = getComputedStyle(document.querySelector('main a')!);
    return { text: body.color, background: body.backgroundColor, link: link.color };
  });

describe.each([
  ['light', { text: 'rgb(26, 31, 39)', background: 'rgb(253, 252, 249)', link: 'rgb(28, 79, 176)' }],
  ['dark', { text: 'rgb(233, 231, 226)', background: 'rgb(17, 20, 24)', link: 'rgb(157, 191, 255)' }],
] as const)('without light-dark(), in %s mode', (colorScheme, expected) => {
  it('keeps the theme’s colours', async () => {
    const { page } = await openIn(SAFARI_16, '/lessons/definitions/', { colorScheme });
    expect(await colours(page)).toEqual(expected);
    await page.context().close();
  });
});

describe('without anchor positioning (Safari 17 and 18, Firefox 140)', () => {
  it('opens a term’s definition next to the word, not over it', async () => {
    const { page, errors } = await openIn(SAFARI_17, '/lessons/definitions/');
    const term = page.locator('main button.term').first();
    await term.click();
    const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await definition.waitFor();
    const word = (await term.boundingBox())!;
    const box = (await definition.boundingBox())!;
    const gap = box.y >= word.y ? box.y - (word.y + word.height) : word.y - (box.y + box.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(16);
    expect(box.x).toBeLessThanOrEqual(word.x + word.width);
    expect(box.x + box.width).toBeGreaterThanOrEqual(word.x);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('without the Popover API (Safari 16, Firefox 124 and older)', () => {
  it('keeps the menu and Share closed until asked, opens them on request, and draws the QR code', async () => {
    const { page, errors } = await openIn(SAFARI_16, '/glossary/');
    const menu = page.locator('#site-menu');
    const share = page.locator('#share-panel');
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(share.isVisible()).resolves.toBe(false);
    // The header is one row on a phone, so the page starts near the top.
    expect((await page.locator('main').boundingBox())!.y).toBeLessThan(120);

    await page.getByRole('button', { name: 'Menu' }).click();
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Share' }).click();
    await share.waitFor();
    await page.locator('[data-share-qr] svg').waitFor();
    await expect(page.locator('[data-share-url]').inputValue()).resolves.toBe(siteUrl('/glossary/'));
    await share.getByRole('button', { name: 'Close' }).click();
    await share.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows each term as a link to the glossary', async () => {
    const { page, errors } = await openIn(SAFARI_16, '/lessons/definitions/');
    await expect(page.locator('main a.term-link').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main button.term').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('main .term-definition').first().isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
