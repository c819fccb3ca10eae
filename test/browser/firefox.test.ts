import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { flows, type Engine } from './engine-flows.ts';
import { siteUrl } from './site.ts';

// Firefox (Debian's firefox-esr, found or installed by test/tools/find-engines.mjs) over WebDriver
// BiDi: one browser and one tab for every flow, run in order.
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Types text, with WebDriver's key codes for the keys that are not characters. */
async function press(text: string) {
  const keys: Record<string, KeyInput> = { '\uE014': 'ArrowRight', '\uE00C': 'Escape', '\uE007': 'Enter' };
  for (const ch of text) await (keys[ch] ? page.keyboard.press(keys[ch]) : page.keyboard.type(ch));
}

const engine: Engine = {
  goto: async (path) => void (await page.goto(siteUrl(path), { waitUntil: 'load' })),
  run: <T>(body: string) => page.evaluate(`(() => { ${body} })()`) as Promise<T>,
  click: (css) => page.click(css),
  type: async (css, text) => {
    await page.focus(css);
    await press(text);
  },
  press,
};

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: inject('firefoxPath'),
    headless: true,
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false },
  });
  page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (e) => errors.push(String(e)));
  console.log(`[engines] ${await browser.version()}`);
}, 120_000);
afterAll(async () => browser?.close());

describe('Firefox', () => {
  for (const [name, flow] of Object.entries(flows)) {
    it(
      name,
      async () => {
        errors.length = 0;
        await flow(engine);
        expect(errors).toEqual([]);
      },
      90_000,
    );
  }
});
