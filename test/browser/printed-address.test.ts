import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { siteUrl } from './site.ts';
import { serveDeployments, type Deployments } from './deployments.ts';
import { DEPLOYED_ORIGIN } from './site-url-build.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
let browser: Browser;
let deployed: Deployments;
beforeAll(async () => {
  browser = await launchChromium();
  deployed = await serveDeployments(inject('siteUrlBuild').dist, base);
});
afterAll(async () => {
  await browser?.close();
  await deployed?.close();
});

/** What a printed page shows: the addresses printed beside the guide's links, and the worksheet's footer. */
async function printed(page: Page, url: string) {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  return page.evaluate(() => ({
    links: [...document.querySelectorAll('.tool-link')].map((a) => getComputedStyle(a, '::after').content),
  }));
}
async function footer(page: Page, url: string) {
  await page.goto(url);
  return page.locator('.sheet-footer').innerText();
}

describe('printed addresses', () => {
  it('without SITE_URL, print the page path, never a made-up domain', async () => {
    const page = await browser.newPage();
    const { links } = await printed(page, siteUrl('/workshop/'));
    expect(links.length).toBeGreaterThan(20);
    expect(links).toContain(`" ${base}compare/?theme=relationship"`);
    expect(links.join(' ')).not.toMatch(/https?:|\.example/);
    expect(await footer(page, siteUrl('/workshop/worksheet/'))).toMatch(new RegExp(`· ${base}workshop/$`));
    await page.close();
  });

  it('with SITE_URL, print the full address, in the guide and on the worksheet', async () => {
    const page = await browser.newPage();
    const { links } = await printed(page, `${deployed.url}workshop/`);
    expect(links).toContain(`" ${DEPLOYED_ORIGIN}${base}compare/?theme=relationship"`);
    expect(links.every((l) => l.includes(DEPLOYED_ORIGIN))).toBe(true);
    expect(await footer(page, `${deployed.url}workshop/worksheet/`)).toContain(`${DEPLOYED_ORIGIN}${base}workshop/`);
    await page.close();
  });

  it('the build warns about a missing SITE_URL only when it is missing', () => {
    expect(inject('siteUrlBuild').log).not.toMatch(/SITE_URL is unset/);
  });
});
