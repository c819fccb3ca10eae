import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Absolute URL of a site path on the locally served build; `path` is relative to the base. */
export const siteUrl = (path = ''): string => new URL(path.replace(/^\//, ''), inject('siteUrl')).href;

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * Whether the site's script (search, shortcuts, reading progress) is running; a page function any
 * engine can poll (the engine flows send its source). The script starts once the page's text has
 * been shown (`inlineScripts.siteScript`), so a little after the load event.
 */
export const siteScriptRunning = () => !document.querySelector('template[data-after-paint]') || !!customElements.get('site-search');
export const siteScriptReady = (page: Page) => page.waitForFunction(siteScriptRunning);

/** Goes to a site path in the same tab, as a link would, and waits for the site's script. */
export async function visit(page: Page, path: string) {
  await page.goto(siteUrl(path));
  await siteScriptReady(page);
}

/** Reloads the page and waits for the site's script. */
export async function reloadPage(page: Page) {
  await page.reload();
  await siteScriptReady(page);
}

/** Opens a page in a fresh context, records every console error and page error, and waits for the site's script. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  if (options.javaScriptEnabled !== false) await siteScriptReady(page);
  return { page, errors };
}
