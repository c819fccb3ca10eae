// A tool embedded in another site's page: the page is served from a second port (another
// origin), the site by a host that sends the headers public/_headers asks for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDeployments, type Deployments } from './deployments.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

let browser: Browser;
let site: Deployments;
let host: Server;
let hostOrigin: string;
let hostPage = '';
beforeAll(async () => {
  browser = await launchChromium();
  site = await serveDeployments(dist, base, { withHeaders: true });
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>A course page</title><h1>A course page</h1>${hostPage}<p>After the tool.</p>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => host?.close(resolve));
});

let context: BrowserContext;
beforeAll(async () => {
  context = await browser.newContext({ viewport: { width: 1100, height: 800 }, serviceWorkers: 'block' });
});
afterAll(async () => context?.close());

/** The embed code Share offers on a tool page, as a reader would copy it. */
async function embedCode(path: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByText('Embed on your site').click();
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect.poll(() => code.inputValue()).toContain('<iframe');
  const value = await code.inputValue();
  await page.close();
  return value;
}

/** Opens the host page with the code pasted in, and the embedded view's frame once it has loaded. */
async function pasted(code: string): Promise<{ page: Page; frame: Frame }> {
  hostPage = code;
  const page = await context.newPage();
  await page.goto(hostOrigin);
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-embed-open]');
  return { page, frame };
}

const frameHeight = (page: Page) =>
  page
    .locator('iframe')
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

describe('embedding a tool in another site', () => {
  it('the quiz fits its frame from another origin, and keeps fitting as it changes', async () => {
    const code = await embedCode('/quiz/');
    expect(code).toContain(`src="${site.url}embed/quiz/"`);
    const { page, frame } = await pasted(code);
    expect(await frame.locator('.site-header, .site-footer').count()).toBe(0);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(640);
    const question = await frameHeight(page);
    // The result, with its next steps, is much taller than a question: the frame follows.
    await frame.waitForSelector('.quiz[data-ready]');
    while ((await frame.locator('[data-outcome]').count()) === 0) {
      await frame.locator('.quiz-answer input').first().check();
      await frame.locator('.quiz-step button[type=submit]').click();
    }
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).toBeGreaterThan(question + 100);
    // Its own page opens in a new tab, with the answers given so far.
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      frame.getByRole('link', { name: /Open on Client or Customer\?/ }).click(),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(`${base}quiz/`);
    expect(new URL(tab.url()).searchParams.get('a')).toBeTruthy();
    await tab.close();
    await page.close();
  });

  it('the simulator embeds the scenario on screen', async () => {
    const code = await embedCode('/simulator/?preset=gym-personal-training&present=1');
    expect(code).toContain('embed/simulator/?preset=gym-personal-training"');
    expect(code).not.toContain('present=1');
    const { page, frame } = await pasted(code);
    await expect.poll(() => frame.getByRole('button', { name: 'A gym adds personal training' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('a comparison row in the address embeds that row on its own', async () => {
    const code = await embedCode('/compare/#pricing');
    expect(code).toContain('embed/compare/pricing/"');
    const { page, frame } = await pasted(code);
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toMatch(/pric/i);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('other pages refuse to be framed by another site', async () => {
    const { page } = await pasted(
      `<iframe src="${site.url}embed/map/" title="Map"></iframe><iframe id="lesson" src="${site.url}lessons/definitions/" title="Lesson"></iframe>`,
    );
    const lesson = await (await page.$('#lesson'))!.contentFrame();
    await expect.poll(() => lesson!.url()).toMatch(/^chrome-error:/);
    await page.close();
  });

  it('a stray or forged message does not resize the frame', async () => {
    const code = await embedCode('/quiz/check/');
    const { page } = await pasted(code);
    await expect.poll(() => frameHeight(page)).not.toBe(640);
    const fitted = await frameHeight(page);
    // Messages arrive in order: once the one sent after it is in, the forged one has been handled.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          addEventListener('message', (event) => event.data === 'after' && resolve());
          window.postMessage({ type: 'client-or-customer:height', height: 99999 }, '*');
          window.postMessage('after', '*');
        }),
    );
    expect(await frameHeight(page)).toBe(fitted);
    await page.close();
  });
});
