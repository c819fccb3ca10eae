import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage, siteUrl, visit, type OpenedPage } from './site.ts';
import { serveDeployments, type Deployments } from './deployments.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Waits until the service worker has saved the site and is answering this page's requests. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

const notice = (page: Page) => page.locator('[data-notice="connection"] [role="status"]');

describe('after one online visit, with the network off', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, '/');
    await waitForOfflineCopy(opened.page);
    await opened.page.context().setOffline(true);
  }, 40_000);
  afterAll(() => opened?.page.context().close());

  it('opens a lesson the reader has not visited yet', async () => {
    const { page } = opened;
    const response = await page.goto(siteUrl('/lessons/winning/'));
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/winning them/i);
    await expect(page.locator('.references li').count()).resolves.toBeGreaterThan(0);
  });

  it('opens the simulator, the glossary and a link with page state in its address', async () => {
    const { page } = opened;
    for (const path of ['/simulator/', '/map/', '/glossary/', '/lessons/definitions/?highlight=client#what-is-a-client']) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    }
  });

  it('searches: Ctrl+K, "sales cycle", and results appear', async () => {
    const { page } = opened;
    await visit(page, '/lessons/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox', { name: 'Search lessons, tools and terms' }).fill('sales cycle');
    const results = page.getByRole('listbox', { name: 'Results' }).locator('.search-result-title');
    await results.first().waitFor({ timeout: 10_000 });
    const titles = (await results.allTextContents()).slice(0, 3);
    expect(
      titles.some((t) => /winning them/i.test(t)),
      titles.join(' | '),
    ).toBe(true);
  });

  it('raises no errors on the pages it serves', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('the offline notice', () => {
  it('appears when the connection drops and goes when it comes back', async () => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/');
    await waitForOfflineCopy(page);
    await expect(notice(page).isVisible()).resolves.toBe(false);

    await page.context().setOffline(true);
    await expect.poll(() => notice(page).textContent()).toMatch(/You are offline\. The lessons, tools and search still work/);
    await expect(notice(page).isVisible()).resolves.toBe(true);

    await page.context().setOffline(false);
    await expect.poll(() => notice(page).textContent()).toBe('You are back online.');
    await expect.poll(() => notice(page).isVisible(), { timeout: 8_000 }).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows at once on a page opened while offline, and can be hidden', async () => {
    const { page } = await openPage(browser, '/');
    await waitForOfflineCopy(page);
    await page.context().setOffline(true);
    // Offline emulation reaches only the documents already open: Debian's Chromium 150 tells a page
    // opened under it that it is online. A browser that is really offline says so from the start,
    // as this page is told; no "offline" event follows, so only a check at start shows the notice.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
    await page.goto(siteUrl('/compare/'));
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect.poll(() => notice(page).textContent()).toMatch(/You are offline/);
    await page.getByRole('button', { name: 'Hide notice' }).click();
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('passes an accessibility check in %s mode, with the new-version notice too', async (colorScheme) => {
    const { page } = await openPage(browser, '/', { colorScheme });
    await waitForOfflineCopy(page);
    await page.context().setOffline(true);
    await expect.poll(() => notice(page).textContent()).toMatch(/You are offline/);
    await page.evaluate(() => {
      const update = document.querySelector<HTMLElement>('[data-notice="update"]')!;
      update.hidden = false;
      update.querySelector('[role="status"]')!.textContent = 'A new version of this site is ready.';
    });
    expect(await axeViolations(page, { within: '.site-notices' })).toEqual([]);
    await page.context().close();
  });
});

describe('a new deployment', () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  let next: string;
  let host: Deployments;

  beforeAll(async () => {
    // The next deployment: the same site with one lesson changed and the worker's record of it updated.
    next = mkdtempSync(join(tmpdir(), 'coc-next-deploy-'));
    cpSync(dist, next, { recursive: true });
    const lesson = join(next, 'lessons/definitions/index.html');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const worker = join(next, 'sw.js');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(/(url:"lessons\/definitions\/index\.html",revision:")[0-9a-f]+/, '$1revised'),
    );
    host = await serveDeployments(dist, base);
  });
  afterAll(async () => {
    await host?.close();
    rmSync(next, { recursive: true, force: true });
  });

  it('is offered to a reader with the site open, and shown after Reload, never mixed into the open page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}lessons/definitions/`);
    await waitForOfflineCopy(page);
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    await expect(heading()).resolves.not.toMatch(/revised/);

    host.deploy(next);
    await page.reload();
    // The open tab keeps the version it started with until the reader chooses.
    await expect(heading()).resolves.not.toMatch(/revised/);
    const update = page.locator('[data-notice="update"]');
    await expect.poll(() => update.textContent(), { timeout: 15_000 }).toMatch(/A new version of this site is ready/);
    await update.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(heading, { timeout: 10_000 }).toMatch(/revised/);
    await context.close();
  });
});
