import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
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
/** What a printed page says about where it is online, and what its QR code opens, if it has one. */
async function printedLine(page: Page, url: string, where = 'main > .printed-address') {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  const line = page.locator(where);
  const qr = line.locator('svg');
  let opens: string | undefined;
  if (await qr.count()) {
    // Drawn larger for the decoder: on paper it is 18 mm.
    await qr.evaluate((svg) => svg.setAttribute('style', 'width: 240px; height: 240px; background: white; padding: 16px'));
    const png = PNG.sync.read(await qr.screenshot());
    opens = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  }
  return { visible: await line.isVisible(), text: await line.innerText(), opens };
}
/** How many sheets the printed page takes on a paper size. */
async function sheets(page: Page, url: string, format: 'A4' | 'Letter') {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  const pdf = (await page.pdf({ format, preferCSSPageSize: false })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

describe('printed addresses', () => {
  it('without SITE_URL, print the page path, never a made-up domain', async () => {
    const page = await browser.newPage();
    const { links } = await printed(page, siteUrl('/workshop/'));
    expect(links.length).toBeGreaterThan(20);
    expect(links).toContain(`" ${base}compare/?theme=relationship"`);
    expect(links.join(' ')).not.toMatch(/https?:|\.example/);
    expect(await footer(page, siteUrl('/workshop/worksheet/'))).toMatch(new RegExp(`go to ${base}workshop/$`));
    for (const path of ['/lessons/definitions/', '/quiz/result/client-based/', '/workshop/']) {
      const printedPage = await printedLine(page, siteUrl(path));
      expect(printedPage.visible, path).toBe(true);
      expect(printedPage.text).toBe(`Find it online: open the Client or Customer? site and go to ${base}${path.slice(1)}`);
      expect(printedPage.opens).toBeUndefined();
    }
    await page.close();
  });

  it('with SITE_URL, print the full address, in the guide and on the worksheet', async () => {
    const page = await browser.newPage();
    const { links } = await printed(page, `${deployed.url}workshop/`);
    expect(links).toContain(`" ${DEPLOYED_ORIGIN}${base}compare/?theme=relationship"`);
    expect(links.every((l) => l.includes(DEPLOYED_ORIGIN))).toBe(true);
    expect(await footer(page, `${deployed.url}workshop/worksheet/`)).toContain(`${DEPLOYED_ORIGIN}${base}workshop/`);
    const sheet = await printedLine(page, `${deployed.url}workshop/worksheet/`, '.sheet-address');
    expect(sheet.opens).toBe(`${DEPLOYED_ORIGIN}${base}workshop/`);
    for (const path of ['lessons/definitions/', 'quiz/result/client-based/', 'workshop/']) {
      const printedPage = await printedLine(page, `${deployed.url}${path}`);
      expect(printedPage.visible, path).toBe(true);
      expect(printedPage.text).toBe(`Online at: ${DEPLOYED_ORIGIN}${base}${path}`);
      expect(printedPage.opens).toBe(`${DEPLOYED_ORIGIN}${base}${path}`);
    }
    await page.close();
  });

  it.each(['A4', 'Letter'] as const)('the worksheet prints on one sheet of %s, with its address', async (format) => {
    const page = await browser.newPage();
    expect(await sheets(page, `${deployed.url}workshop/worksheet/`, format)).toBe(1);
    expect(await sheets(page, siteUrl('/workshop/worksheet/'), format)).toBe(1);
    await page.close();
  });

  it('the build warns about a missing SITE_URL only when it is missing', () => {
    expect(inject('siteUrlBuild').log).not.toMatch(/SITE_URL is unset/);
  });
});
