import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage, siteUrl } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Waits until the island has read the address bar and taken over. */
const hydrated = (page: Page, selector = '.quiz') => page.waitForSelector(`${selector}[data-ready]`);

/** Answers every question by clicking: the nth answer of each, then "next". */
async function answerAll(page: Page, picks: number[]) {
  await hydrated(page);
  for (const p of picks) {
    await page.locator('.quiz-answer input').nth(p).check();
    await page.locator('.quiz-step button[type=submit]').click();
  }
  await page.waitForSelector('[data-outcome]');
}

const TEN_CLIENT = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('classify-your-business quiz', () => {
  it('can be completed with the keyboard alone, focus following each step', async () => {
    const { page, errors } = await openPage(browser, '/quiz/');
    await hydrated(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { tag: el?.tagName, type: el?.type ?? '', text: el?.textContent ?? '' };
      });
    const tabTo = async (want: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if (want(await focused())) return;
      }
      throw new Error('never reached the control with Tab');
    };
    const questions = await page.locator('.quiz-all-list > li').count();
    for (let n = 0; n < questions; n++) {
      await tabTo((f) => f.type === 'radio');
      await page.keyboard.press('ArrowDown'); // moves to and picks the second answer
      await tabTo((f) => f.type === 'submit');
      await page.keyboard.press('Enter');
      if (n < questions - 1) {
        await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(`${n + 2} of ${questions}`);
      }
    }
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
    expect(outcome).toBe('customer-based');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    expect(errors).toEqual([]);
  });

  it('reopens the same result from a copied address, in a fresh browser', async () => {
    const { page } = await openPage(browser, '/quiz/');
    await answerAll(page, TEN_CLIENT);
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
    const copied = page.url();
    expect(copied).toMatch(/\?a=[0-9]+[a-z]$/);
    const share = await page.locator('.quiz-share input').inputValue();

    const fresh = await openPage(browser, new URL(copied).pathname + new URL(copied).search);
    await hydrated(fresh.page);
    await expect(fresh.page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(outcome);
    expect(fresh.errors).toEqual([]);

    // The shared link opens the outcome's own page, which links back to the answers.
    const shared = await openPage(browser, new URL(share).pathname + new URL(share).search);
    await expect(shared.page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe(outcome);
    await shared.page.locator('[data-quiz-link]').click();
    await hydrated(shared.page);
    await expect(shared.page.locator('.quiz [data-outcome]').getAttribute('data-outcome')).resolves.toBe(outcome);
  });

  it('keeps the last result and offers it on return', async () => {
    const { page } = await openPage(browser, '/quiz/');
    await answerAll(page, TEN_CLIENT);
    await page.goto(siteUrl('/quiz/'));
    await hydrated(page);
    await page.getByRole('button', { name: 'Show that result' }).click();
    await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe('client-based');
  });

  it.each(['?a=12zz9&q=abc', '?a=1111111111q', '?a=%E2%9C%93&q=77', '?q=5'])(
    'shows a notice and the first open question for a tampered link (%s), with no console error',
    async (search) => {
      const { page, errors } = await openPage(browser, `/quiz/${search}`);
      await hydrated(page);
      await expect(page.locator('.quiz-notice').isVisible()).resolves.toBe(true);
      await expect(page.locator('.quiz-answer').first().isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it('says so when the result cannot load, and shows it on reload, the answers kept', async () => {
    const { page } = await openPage(browser, '/quiz/');
    // The result's code comes apart from the questions'; here the connection drops before it does.
    await page.route('**/QuizResult.*.js', (route) => route.abort('internetdisconnected'));
    await hydrated(page);
    const picks = TEN_CLIENT.slice(0, await page.locator('.quiz-all-list > li').count());
    for (const p of picks) {
      await page.locator('.quiz-answer input').nth(p).check();
      await page.locator('.quiz-step button[type=submit]').click();
    }
    await expect(page.locator('.quiz-notice').textContent()).resolves.toMatch(/^Your result could not load\. .*reload the page/);
    await expect(page.locator('.quiz-answer').first().isVisible()).resolves.toBe(true);
    await page.unroute('**/QuizResult.*.js');
    await page.reload();
    await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe('client-based');
  });

  it('stays on the page when Next is pressed before the quiz has started', async () => {
    const context = await browser.newContext();
    // The island's code never arrives, as on a connection too slow for it yet.
    await context.route('**/ClassifyQuiz.*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(siteUrl('/quiz/'));
    await page.locator('.quiz-answer input').first().check();
    const navigated = page.waitForEvent('framenavigated', { timeout: 1000 }).then(
      () => true,
      () => false,
    );
    await page.locator('.quiz-step button[type=submit]').click();
    expect(await navigated).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('survives corrupt saved data', async () => {
    const { page, errors } = await openPage(browser, '/quiz/');
    await page.evaluate(() => localStorage.setItem('client-or-customer:quiz:last-result', '{"a":'));
    await page.reload();
    await hydrated(page);
    await expect(page.locator('.quiz-answer').count()).resolves.toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  it('lists every question and says scoring needs JavaScript when it is off', async () => {
    const { page } = await openPage(browser, '/quiz/', { javaScriptEnabled: false });
    await expect(page.locator('.quiz-app').isVisible()).resolves.toBe(false);
    await expect(page.locator('main').textContent()).resolves.toContain('The scoring needs JavaScript');
    const items = await page.locator('.quiz-all-list > li').count();
    expect(items).toBeGreaterThanOrEqual(8);
    await expect(page.locator('.quiz-all-answers li').first().isVisible()).resolves.toBe(true);
  });

  it('has no horizontal scroll at 360 px, on a question and on the result', async () => {
    const { page } = await openPage(browser, '/quiz/', { viewport: { width: 360, height: 740 } });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await hydrated(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await answerAll(page, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('has no axe violations on a question, on the result and on an outcome page', async () => {
    const { page } = await openPage(browser, '/quiz/');
    await hydrated(page);
    expect(await axeViolations(page)).toEqual([]);
    await answerAll(page, [3, 2, 3, 3, 2, 2, 2, 2, 3, 3]);
    expect(await axeViolations(page)).toEqual([]);
    const outcomePage = await openPage(browser, '/quiz/result/hybrid/');
    expect(await axeViolations(outcomePage.page)).toEqual([]);
  });
});

describe('knowledge check', () => {
  /** Plays a whole round, always answering "It depends", and returns the businesses in order. */
  async function playRound(path: string): Promise<{ names: string[]; score: string }> {
    const { page, errors } = await openPage(browser, path);
    await hydrated(page, '.check');
    await page.getByRole('button', { name: 'Start the round' }).click();
    const names: string[] = [];
    for (let i = 0; i < 10; i++) {
      names.push((await page.locator('.check-name').textContent()) ?? '');
      await page.getByRole('button', { name: 'It depends' }).click();
      await page.locator('.check-feedback').waitFor();
      await page.locator('.check-feedback button').click();
    }
    const score = (await page.locator('.check-score').textContent()) ?? '';
    expect(errors).toEqual([]);
    return { names, score };
  }

  it('deals the same round twice for the same seed, and another for another seed', async () => {
    const first = await playRound('/quiz/check/?seed=4242');
    const second = await playRound('/quiz/check/?seed=4242');
    expect(first.names).toHaveLength(10);
    expect(new Set(first.names).size).toBe(10);
    expect(second).toEqual(first);
    const other = await playRound('/quiz/check/?seed=7');
    expect(other.names).not.toEqual(first.names);
  });

  it('puts a seed in the address so the round can be shared, and has no axe violations', async () => {
    const { page } = await openPage(browser, '/quiz/check/');
    await hydrated(page, '.check');
    expect(page.url()).toMatch(/\?seed=[1-9][0-9]*$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the round' }).click();
    await page.getByRole('button', { name: 'Clients' }).click();
    await page.locator('.check-feedback').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a notice for a broken seed and still deals a round', async () => {
    const { page, errors } = await openPage(browser, '/quiz/check/?seed=%3Cb%3E');
    await hydrated(page, '.check');
    await expect(page.locator('.quiz-notice').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start the round' }).click();
    await expect(page.locator('.check-name').textContent()).resolves.not.toBe('');
    expect(errors).toEqual([]);
  });
});

describe('quiz result, results first', () => {
  it.each([
    [390, 844],
    [1280, 800],
  ])('at %i×%i the verdict and what to do next come first, on the first screen, with the breakdown folded below', async (width, height) => {
    const { page, errors } = await openPage(browser, '/quiz/', { viewport: { width, height } });
    await answerAll(page, TEN_CLIENT);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const verdict = await top('.quiz-result h2');
    const nextSteps = await top('.quiz-result [data-next-steps]');
    const breakdown = await top('.quiz-result details.quiz-breakdown');
    expect(verdict).toBeLessThan(nextSteps);
    expect(nextSteps).toBeLessThan(height);
    expect(breakdown).toBeGreaterThan(nextSteps);
    await expect(page.locator('details.quiz-breakdown').getAttribute('open')).resolves.toBeNull();
    // Opening the breakdown shows every answer.
    await page.locator('details.quiz-breakdown > summary').click();
    await expect(page.locator('.quiz-dimension:visible').count()).resolves.toBe(TEN_CLIENT.length);
    expect(errors).toEqual([]);
  });

  it('after "Change this answer" offers one button, straight back to the result', async () => {
    const { page, errors } = await openPage(browser, '/quiz/', { viewport: { width: 390, height: 844 } });
    await answerAll(page, TEN_CLIENT);
    await page.locator('details.quiz-breakdown > summary').click();
    await page
      .getByRole('button', { name: /Change this answer/ })
      .nth(2)
      .click();
    const buttons = page.locator('.quiz-step button');
    await expect(buttons.count()).resolves.toBe(1);
    await expect(buttons.first().textContent()).resolves.toContain('Back to my result');
    await page.getByRole('radio', { name: 'Not sure' }).check();
    await buttons.first().click();
    await page.waitForSelector('[data-outcome]');
    await page.locator('details.quiz-breakdown > summary').click();
    await expect(page.locator('.quiz-dimension').nth(2).textContent()).resolves.toContain('Not sure, so it counts for nothing');
    expect(new URL(page.url()).searchParams.get('a')).toMatch(/^119[0-9]{7}[a-z]$/);
    expect(errors).toEqual([]);
  });
});
