import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { islandsHydrated } from './built-pages.ts';
import { siteUrl } from './site.ts';
import { figureStrings } from '../../src/strings/figures.ts';
import { strings } from '../../src/strings/site.ts';

/**
 * Figures inside lessons, the definitions shown in place and the contents list that follows the
 * reader. Lessons are found from the build by what they hold, not by name, so moving a figure to
 * another lesson keeps these tests pointed at it.
 */
const dist = new URL('../../dist/lessons/', import.meta.url);
const lessonHtml = readdirSync(dist, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({ path: `/lessons/${e.name}/`, html: readFileSync(new URL(`${e.name}/index.html`, dist), 'utf8') }));
const lessonWith = (marker: string) => {
  const found = lessonHtml.find((l) => l.html.includes(marker));
  if (!found) throw new Error(`No built lesson holds ${marker}`);
  return found.path;
};
const figurePage = (name: string) => lessonWith(`data-lesson-figure="${name}"`);
const lessonWithoutFigure = lessonHtml.find((l) => !l.html.includes('data-lesson-figure') && l.html.includes('class="toc"'))!.path;

const sort = figureStrings.sortBusinesses;
const payback = figureStrings.paybackCurve;
const lifetime = figureStrings.lifetimeValue;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
) {
  const { width = 1280, height = 800, ...rest } = options;
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block', ...rest });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}
const figure = (page: Page, name: string) => page.locator(`[data-lesson-figure="${name}"]`);
const summary = (page: Page, name: string) => figure(page, name).getByRole('status');
const visible = (page: Page, name: string) =>
  page.waitForFunction((n) => !document.querySelector(`[data-lesson-figure="${n}"] astro-island[ssr]`), name);

describe('without JavaScript, each figure shows its starting state and no control pretends to work', () => {
  it('sort the businesses: answer buttons disabled, each card still reveals what the articles say', async () => {
    const { page, close } = await open(figurePage('sort-businesses'), { javaScriptEnabled: false });
    const fig = figure(page, 'sort-businesses');
    const buttons = fig.getByRole('button', { name: sort.choices.client });
    expect(await buttons.count()).toBeGreaterThanOrEqual(3);
    expect(await buttons.first().isDisabled()).toBe(true);
    const reveal = fig.locator('details').first();
    await reveal.locator('summary').click();
    await expect(reveal.getByText(/^Our answer: /).isVisible()).resolves.toBe(true);
    expect(await reveal.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('payback curve: the starting curve, its payback month and a working link, sliders disabled', async () => {
    const { page, close } = await open(figurePage('payback-curve'), { javaScriptEnabled: false });
    const fig = figure(page, 'payback-curve');
    expect(await summary(page, 'payback-curve').textContent()).toMatch(/^Pays back in month \d+\./);
    expect(await fig.getByRole('img', { name: payback.chart }).locator('path').getAttribute('d')).toMatch(/^M0,-\d+L1,-?\d+/);
    expect(await fig.getByRole('slider', { name: new RegExp(payback.costToWin) }).isDisabled()).toBe(true);
    expect(await fig.getByRole('link', { name: payback.simulator }).getAttribute('href')).toMatch(
      /\/simulator\/\?purchasesPerMonth=1&orderValue=\d+&productMargin=[\d.]+&clientFee=\d+&serviceCost=\d+&clientCostToWin=\d+$/,
    );
    await expect(fig.innerText()).resolves.toContain(figureStrings.noScript);
    await close();
  });

  it('lifetime value: both values and bars drawn, sliders disabled', async () => {
    const { page, close } = await open(figurePage('lifetime-value'), { javaScriptEnabled: false });
    const fig = figure(page, 'lifetime-value');
    expect(await summary(page, 'lifetime-value').textContent()).toMatch(/^A client is worth £[\d,]+ and a customer £[\d,]+\./);
    const widths = await fig.locator('.lifetime-bar-fill').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(await fig.getByRole('slider').first().isDisabled()).toBe(true);
    await close();
  });
});

describe('with JavaScript, each figure wakes when seen and works from the keyboard', () => {
  it('sort the businesses: answered with Tab and Enter, explained and scored', async () => {
    const { page, errors, close } = await open(figurePage('sort-businesses'));
    const fig = figure(page, 'sort-businesses');
    await fig.scrollIntoViewIfNeeded();
    await visible(page, 'sort-businesses');
    const first = fig.getByRole('group', { name: /^Your answer for / }).first();
    await first.getByRole('button', { name: sort.choices.client }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const customers = first.getByRole('button', { name: sort.choices.customer });
    expect(await customers.getAttribute('aria-pressed')).toBe('true');
    const card = fig.locator('li.sort-card').first();
    await expect(card.getByText(/^(Right\.|Not quite\.)$/).isVisible()).resolves.toBe(true);
    expect(await card.getByText(/ says (clients|customers|both)\.$/).count()).toBeGreaterThanOrEqual(1);
    expect(await summary(page, 'sort-businesses').textContent()).toMatch(/^[01] of 1 right so far/);
    expect(errors).toEqual([]);
    await close();
  });

  it('payback curve: arrow keys on a slider move the payback month and the simulator link', async () => {
    const { page, errors, close } = await open(figurePage('payback-curve'));
    const fig = figure(page, 'payback-curve');
    await fig.scrollIntoViewIfNeeded();
    await visible(page, 'payback-curve');
    const before = await summary(page, 'payback-curve').textContent();
    const onboarding = fig.getByRole('slider', { name: new RegExp(payback.costToWin) });
    await onboarding.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    // 20 steps of £50 on top of the start.
    expect(await onboarding.getAttribute('aria-valuetext')).toMatch(/^£1,\d00$/);
    const after = await summary(page, 'payback-curve').textContent();
    expect(after).not.toBe(before);
    expect(Number(/month (\d+)/.exec(after!)?.[1] ?? Infinity)).toBeGreaterThan(Number(/month (\d+)/.exec(before!)![1]));
    const href = await fig.getByRole('link', { name: payback.simulator }).getAttribute('href');
    expect(href).toMatch(/clientCostToWin=1\d00$/);
    // The link opens a simulator that takes every value it carries.
    await page.goto(new URL(href!, page.url()).href);
    await islandsHydrated(page);
    await expect(page.locator('.sim-notice').innerText()).resolves.toBe('');
    const onboardingField = page.getByRole('textbox', { name: /^Cost to win a client/ });
    expect((await onboardingField.inputValue()).replace(/\D/g, '')).toBe(/clientCostToWin=(\d+)/.exec(href!)![1]);
    expect(errors).toEqual([]);
    await close();
  });

  it('lifetime value: a slider moves its bar and the summary', async () => {
    const { page, errors, close } = await open(figurePage('lifetime-value'));
    const fig = figure(page, 'lifetime-value');
    await fig.scrollIntoViewIfNeeded();
    await visible(page, 'lifetime-value');
    const bar = fig.locator('.lifetime-client .lifetime-bar-fill');
    const before = await summary(page, 'lifetime-value').textContent();
    const months = fig.getByRole('group', { name: lifetime.client }).getByRole('slider', { name: new RegExp(lifetime.months) });
    await months.focus();
    await page.keyboard.press('Home');
    expect(await months.getAttribute('aria-valuetext')).toBe('1');
    expect(await summary(page, 'lifetime-value').textContent()).not.toBe(before);
    // One month of £150 less £300 to win them is a loss: its bar now runs left of zero.
    expect(await summary(page, 'lifetime-value').textContent()).toMatch(/^A client is worth -£150/);
    expect(await bar.evaluate((el) => parseFloat(el.style.left))).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['payback-curve', 390, 844],
    ['payback-curve', 1280, 800],
    ['lifetime-value', 390, 844],
    ['lifetime-value', 1280, 800],
  ] as const)('%s at %d px: the first slider and the result are on screen together', async (name, width, height) => {
    const { page, close } = await open(figurePage(name), { width, height });
    const slider = figure(page, name).getByRole('slider').first();
    await slider.scrollIntoViewIfNeeded();
    await visible(page, name);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    for (const box of [await slider.boundingBox(), await summary(page, name).boundingBox()]) {
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    }
    await close();
  });

  it.each(['sort-businesses', 'payback-curve', 'lifetime-value'])('%s fits a 320 px screen', async (name) => {
    const { page, close } = await open(figurePage(name), { width: 320, height: 700 });
    await figure(page, name).scrollIntoViewIfNeeded();
    await visible(page, name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('a lesson with a figure in %s mode', (colorScheme) => {
  it('has no axe violations once the figures are awake and answered', async () => {
    const { page, close } = await open(figurePage('sort-businesses'), { colorScheme });
    await islandsHydrated(page);
    const cards = figure(page, 'sort-businesses').locator('li.sort-card');
    await cards.nth(0).getByRole('button', { name: sort.choices.customer }).click();
    await cards.nth(1).getByRole('button', { name: sort.choices.customer }).click();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('definitions in place', () => {
  const termPage = lessonWith('class="term term-button"');

  it('a term opens its definition from the keyboard, links on to the glossary, and closes with Escape', async () => {
    const { page, close } = await open(termPage);
    const term = page.locator('.prose button.term').first();
    const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(popover.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(true);
    const entry = popover.getByRole('link', { name: strings.lesson.glossaryEntry });
    expect(await entry.getAttribute('href')).toMatch(/\/glossary\/#[a-z0-9-]+$/);
    await page.keyboard.press('Tab');
    expect(await entry.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(false);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    // Reading it never left the lesson.
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(termPage)).pathname);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('works without JavaScript too, and prints as plain words', async () => {
    const { page, close } = await open(termPage, { javaScriptEnabled: false });
    const term = page.locator('.prose button.term').first();
    await term.click();
    const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await expect(popover.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.prose a.term-link').first();
    expect(await link.isVisible()).toBe(true);
    expect(await term.isVisible()).toBe(false);
    await close();
  });
});

describe('where am I', () => {
  it('the contents list marks the section being read as the reader scrolls', async () => {
    const { page, close } = await open(lessonWithoutFigure);
    const links = page.locator('.toc a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    const current = () => page.locator('.toc a[aria-current="true"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    const target = hrefs[2];
    await page.locator(target).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 50));
    await page.waitForFunction(
      (hash) => document.querySelector(`.toc a[href$="${hash}"]`)?.getAttribute('aria-current') === 'true',
      target,
    );
    expect(await current()).toEqual([target]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector('.toc a[aria-current]'));
    await close();
  });

  it('without JavaScript the contents list is the same list of links, none marked', async () => {
    const { page, close } = await open(lessonWithoutFigure, { javaScriptEnabled: false });
    expect(await page.locator('.toc a').count()).toBeGreaterThan(2);
    expect(await page.locator('.toc a[aria-current]').count()).toBe(0);
    await close();
  });
});
