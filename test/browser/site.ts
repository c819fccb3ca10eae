import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Absolute URL of a site path on the locally served build; `path` is relative to the base. */
export const siteUrl = (path = ''): string => new URL(path.replace(/^\//, ''), inject('siteUrl')).href;

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Opens a page in a fresh context and records every console error and page error. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, errors };
}
