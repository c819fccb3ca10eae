import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage, siteUrl } from './site.ts';

/** Questions inside the lessons: answered by keyboard, explained and announced, and a reveal without JavaScript. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const lessonIds = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const checksIn = (id: string) =>
  [...readFileSync(new URL(`${id}.mdx`, lessonsDir), 'utf8').matchAll(/<LessonCheck id="([^"]+)"/g)].map((m) => m[1]);

// The opening question of the first lesson: the groomer (the second option) is the client.
const opening = '[data-lesson-check="definitions-ring-or-groomer"]';

describe('a check inside a lesson', () => {
  it('is answered with the keyboard alone, and announces why the chosen answer is right', async () => {
    const { page, errors } = await openPage(browser, '/lessons/definitions/');
    const check = page.locator(opening);
    await check.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(check.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(check.getByRole('button', { name: 'Check my answer' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const status = check.getByRole('status');
    // The check's code arrives with the first Check, so its answer may take a moment.
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toMatch(/✓ Right:.*pet owner/s);
    await expect(status.innerText()).resolves.toMatch(/dog grooming/);
    expect(page.url()).toBe(siteUrl('/lessons/definitions/'));
    expect(errors).toEqual([]);
  });

  it('explains a wrong answer without calling it right, and Try again starts over from the first option', async () => {
    const { page } = await openPage(browser, '/lessons/definitions/');
    const check = page.locator(opening);
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Check my answer' }).click();
    const status = check.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toMatch(/✗ Not quite:.*amount is not the test/s);
    await expect(status.innerText()).resolves.not.toMatch(/Right/);
    await check.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await expect(status.innerText()).resolves.toBe('');
    await expect(
      check
        .getByRole('radio')
        .first()
        .evaluate((r) => r === document.activeElement),
    ).resolves.toBe(true);
    await expect(check.locator('input:checked').count()).resolves.toBe(0);
    await expect(check.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(false);
  });

  it('accepts each article’s answer where the articles disagree, naming the article', async () => {
    const { page } = await openPage(browser, '/lessons/who-has-which/');
    const check = page.locator('[data-lesson-check="who-saas"]');
    await expect(check.innerText()).resolves.toMatch(/The articles disagree/);
    for (const [option, article] of [
      [0, 'LiveChat'],
      [1, 'Ecommerce guide'],
    ] as const) {
      await check.getByRole('radio').nth(option).check();
      await check.getByRole('button', { name: 'Check my answer' }).click();
      await expect.poll(() => check.getByRole('status').innerText(), { timeout: 5000 }).toMatch(new RegExp(`✓ Right:[\\s\\S]*${article}`));
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations with feedback showing, in the %s theme', async (colorScheme) => {
    const { page } = await openPage(browser, '/lessons/definitions/', { colorScheme });
    const check = page.locator(opening);
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Check my answer' }).click();
    await check.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works as a reveal without JavaScript: no dead button, every option explained', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/lessons/definitions/'));
    const check = page.locator(opening);
    await expect(check.getByRole('button').count()).resolves.toBe(0);
    await check.getByText('Show every answer and why').click();
    const answers = check.locator('[data-answer]');
    await expect(answers.count()).resolves.toBe(await check.getByRole('radio').count());
    await expect(answers.nth(1).innerText()).resolves.toMatch(/✓ Right/);
    await expect(answers.first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('every lesson', () => {
  it.each(lessonIds)('%s opens with a question and holds at least two checks', async (id) => {
    expect(checksIn(id).length).toBeGreaterThanOrEqual(2);
    const { page } = await openPage(browser, `/lessons/${id}/`);
    await expect(page.locator('.prose [data-lesson-check]').count()).resolves.toBe(checksIn(id).length);
    const first = page.locator('.prose > *').first();
    await expect(first.getAttribute('data-kind')).resolves.toBe('predict');
    await expect(page.getByText(/After this lesson you will be able to/).count()).resolves.toBe(0);
  });
});

describe('the address of a lesson that moved', () => {
  it.each([
    ['/lessons/journeys/#consideration', '/lessons/winning/#why-the-client-sales-cycle-is-longer'],
    ['/lessons/journeys/?present=1', '/lessons/winning/?present=1'],
    ['/lessons/key-differences/', '/compare/'],
    ['/lessons/key-differences/#the-money', '/lessons/agreements-pricing/#billing-monthly-or-at-the-till'],
    ['/lessons/key-differences/#no-such-section', '/compare/'],
    ['/lessons/key-differences/#constructor', '/compare/'],
  ])('%s lands on %s', async (from, to) => {
    const { page, errors } = await openPage(browser, from);
    await page.waitForURL(siteUrl(to));
    const [, hash] = to.split('#');
    if (hash) await expect(page.locator(`#${hash}`).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('lands without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/lessons/journeys/'));
    await page.waitForURL(siteUrl('/lessons/winning/'));
    await context.close();
  });
});
