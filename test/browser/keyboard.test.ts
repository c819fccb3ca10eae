import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { islandsHydrated } from './built-pages.ts';
import { KeyboardWalk, focusedText } from './keyboard.ts';
import { openPage } from './site.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { strings } from '../../src/strings/site.ts';
import { quizStrings } from '../../src/strings/quiz.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';
import { simulatorStrings } from '../../src/strings/simulator.ts';
import { unpackScenario } from '../../src/lib/scenario-code.ts';

/**
 * Keyboard-only walkthroughs of the three interactive pages: every control is reached with Tab
 * or Shift+Tab and worked with Enter, Space, arrow keys or typing, never a click or a focus()
 * call; every stop must show where focus is. (quiz.test.ts and simulator.test.ts check single
 * keyboard steps; these walk the whole page in reading order.)
 */

const quiz = (
  load(readFileSync(new URL('../../content/quiz.yaml', import.meta.url), 'utf8')) as {
    classify: { questions: { answers: unknown[] }[]; ui: Record<string, string> };
  }
).classify;
const criteria = load(readFileSync(new URL('../../content/criteria.yaml', import.meta.url), 'utf8')) as {
  id: string;
  theme: string;
  label: string;
}[];
const simulator = simulatorPage();
const t = strings.compare;
const presets = simulatorPresets();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const withClipboard = { permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' as const };
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const search = (page: Page) => new URL(page.url()).search;

it('the focus check notices a control whose focus ring was taken away', async () => {
  const { page } = await openPage(browser, '/', { serviceWorkers: 'block' });
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Ringless';
    button.style.outline = 'none';
    document.body.prepend(button);
  });
  const walk = new KeyboardWalk(page);
  await walk.tabTo({ selector: 'button', name: /Ringless/ });
  await walk.tabTo({ selector: 'a.skip-link, a' });
  expect(walk.unseen).toEqual(['button "Ringless"']);
});

describe('classify-your-business quiz, by keyboard', () => {
  it('is answered, corrected, finished, shared and retaken without a mouse', async () => {
    const { page, errors } = await openPage(browser, '/quiz/', withClipboard);
    await page.waitForSelector('.quiz[data-ready]');
    const walk = new KeyboardWalk(page);
    const ui = quizStrings;
    const total = quiz.questions.length;
    const radio = { selector: '.quiz input[type=radio]' };
    const next = { selector: '.quiz button[type=submit]' };
    const checked = () => page.locator('.quiz input[type=radio]').evaluateAll((rs) => rs.findIndex((r) => (r as HTMLInputElement).checked));

    // Going on without an answer says why, and stays put.
    await walk.tabTo(radio);
    await walk.tabTo(next);
    await walk.press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(ui.pickFirst);
    await expect(focusedText(page)).resolves.toContain(ui.next);
    // Back to the group; Space picks the focused answer, Enter on "next" moves on.
    await walk.backTo(radio);
    await walk.press('Space');
    expect(await checked()).toBe(0);
    await walk.tabTo(next);
    await walk.press('Enter');
    await expect(focusedText(page)).resolves.toContain(`2 of ${total}`);

    // Arrow keys move between answers; "previous question" goes back with the answer kept.
    await walk.tabTo(radio);
    await walk.press('ArrowDown');
    expect(await checked()).toBe(1);
    await walk.press('ArrowUp');
    expect(await checked()).toBe(0);
    await walk.tabTo({ selector: '.quiz button', name: new RegExp(ui.back) });
    await walk.press('Enter');
    await expect(focusedText(page)).resolves.toContain(`1 of ${total}`);
    expect(await checked()).toBe(0);
    await walk.tabTo(next);
    await walk.press('Enter');

    // The rest, always the first answer: a clear client business.
    for (let n = 2; n <= total; n++) {
      await expect(focusedText(page)).resolves.toContain(`${n} of ${total}`);
      await walk.tabTo(radio);
      if ((await checked()) === -1) await walk.press('Space');
      await walk.tabTo(next);
      await walk.press('Enter');
    }
    await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe('client-based');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');

    // From the result, unfold the answer-by-answer breakdown, change an answer and come straight back.
    await walk.tabTo({ selector: '.quiz-breakdown > summary' });
    await walk.press('Enter');
    await walk.tabTo({ selector: '.quiz-result button', name: new RegExp(ui.change) });
    await walk.press('Enter');
    await expect(focusedText(page)).resolves.toContain(`1 of ${total}`);
    await walk.tabTo({ selector: '.quiz button', name: new RegExp(`${ui.backToResult}$`) });
    await walk.press('Enter');
    await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe('client-based');

    // Copy the link to keep.
    await walk.tabTo({ selector: '.quiz-share button', name: new RegExp(ui.copy) });
    await walk.press('Enter');
    await expect.poll(() => page.locator('.quiz-copy-status').textContent()).toBe(ui.copied);
    expect(await clipboard(page)).toBe(await page.locator('.quiz-share input').inputValue());

    // Retake starts again with nothing chosen and a clean address.
    await walk.tabTo({ selector: '.quiz button', name: new RegExp(ui.retake) });
    await walk.press('Enter');
    await expect(focusedText(page)).resolves.toContain(`1 of ${total}`);
    expect(await checked()).toBe(-1);
    expect(search(page)).toBe('');

    // Coming back offers the last result: "start fresh" dismisses it, "show that result" opens it.
    await page.reload();
    await page.waitForSelector('.quiz[data-ready]');
    await walk.tabTo({ selector: '.quiz-offer button', name: new RegExp(ui.dismissLast) });
    await walk.press('Space');
    await expect(page.locator('.quiz-offer').count()).resolves.toBe(0);
    await expect(focusedText(page)).resolves.toContain(`1 of ${total}`);
    await page.reload();
    await page.waitForSelector('.quiz[data-ready]');
    await walk.tabTo({ selector: '.quiz-offer button', name: new RegExp(ui.showLast) });
    await walk.press('Enter');
    await expect(page.locator('[data-outcome]').getAttribute('data-outcome')).resolves.toBe('client-based');

    expect(walk.unseen).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('comparison table, by keyboard', () => {
  const shownRows = (page: Page) =>
    page
      .locator('table.compare-table:not(.pinned-table) tr.criterion')
      .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.id));
  const pinned = (page: Page) => page.locator('.pinned-table tr.criterion th').allTextContents();

  it('filters, shows columns, opens details, pins, unpins and copies a row link without a mouse', async () => {
    const { page, errors } = await openPage(browser, '/compare/?theme=gold', withClipboard);
    await islandsHydrated(page);
    await page.evaluate(() => {
      // Printing opens a dialog headless Chromium cannot show; record the request instead.
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    const walk = new KeyboardWalk(page);

    // The notice about the broken link can be dismissed.
    await walk.tabTo({ selector: '.compare-notices button', name: new RegExp(t.notices.dismiss) });
    await walk.press('Enter');
    await expect(page.locator('.compare-notices li').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('compare-status');

    // Themes are a radio group: arrow keys walk through them, filtering as they go.
    await walk.backTo({ selector: 'input[name=theme]' });
    await expect(page.locator('input[name=theme]:focus').getAttribute('value')).resolves.toBe('');
    for (let i = 0; i < 4; i++) await walk.press('ArrowRight');
    await expect(page.locator('input[name=theme]:checked').getAttribute('value')).resolves.toBe('money');
    const money = criteria.filter((c) => c.theme === 'money').map((c) => c.id);
    expect(await shownRows(page)).toEqual(money);
    expect(search(page)).toBe('?theme=money');

    // Words narrow it further.
    await walk.tabTo({ selector: '#compare-q' });
    await page.keyboard.type('premium');
    expect(await shownRows(page)).toEqual(['pricing']);
    expect(search(page)).toBe('?theme=money&q=premium');

    // Column switches are checkboxes: Space toggles them.
    await walk.tabTo({ selector: '.compare-switches input' });
    await walk.press('Space');
    await expect(page.locator('table.compare-table').first().getAttribute('class')).resolves.toContain('hide-sources');
    await walk.press('Space');
    await expect(page.locator('table.compare-table').first().getAttribute('class')).resolves.not.toContain('hide-sources');
    await walk.press('Tab');
    await walk.press('Space');
    await expect(page.locator('th.col-consumer').first().isVisible()).resolves.toBe(true);

    // Whole-table actions.
    await walk.tabTo({ selector: '.compare-actions button', name: new RegExp(t.openAll) });
    await walk.press('Enter');
    await expect(page.locator('#pricing-more').isVisible()).resolves.toBe(true);
    await expect(focusedText(page)).resolves.toBe(t.closeAll);
    await walk.press('Enter');
    await expect(page.locator('#pricing-more').isVisible()).resolves.toBe(false);
    await walk.tabTo({ selector: '.compare-actions button', name: new RegExp(t.clear) });
    await walk.press('Enter');
    expect(await shownRows(page)).toHaveLength(criteria.length);
    expect(search(page)).toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-q');
    await walk.tabTo({ selector: '.compare-actions button', name: new RegExp(t.print) });
    await walk.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).resolves.toBe(true);

    // A row: details, pin, link.
    const [first, second] = criteria;
    await walk.tabTo({ selector: `#${first.id} .tool-details` });
    await walk.press('Enter');
    await expect(page.locator(`#${first.id}-more`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#${first.id} .tool-details`).getAttribute('aria-expanded')).resolves.toBe('true');
    await walk.tabTo({ selector: `#${first.id} .tool-pin` });
    await walk.press('Space');
    expect(await pinned(page)).toEqual([first.label]);
    await walk.tabTo({ selector: `#${first.id} .tool-link` });
    await walk.press('Enter');
    expect(new URL(page.url()).hash).toBe(`#${first.id}`);
    await expect.poll(() => clipboard(page)).toBe(page.url());
    await walk.tabTo({ selector: `#${second.id} .tool-pin` });
    await walk.press('Enter');
    expect(await pinned(page)).toEqual([first.label, second.label]);
    expect(search(page)).toBe(`?pin=${first.id},${second.id}`);

    // Back up to the pinned rows above the table: unpin one (focus stays on the list), then all.
    await walk.backTo({ selector: '.pinned-table button', name: new RegExp(first.label) });
    await walk.press('Enter');
    expect(await pinned(page)).toEqual([second.label]);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('pinned-title');
    await walk.tabTo({ selector: '.pinned-head button', name: new RegExp(t.unpinAll) }, { max: 1 });
    await walk.press('Enter');
    await expect(page.locator('.pinned').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('compare-status');
    expect(search(page)).toBe('');

    expect(walk.unseen).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('simulator, by keyboard', () => {
  const figures = (page: Page) =>
    page
      .locator('[data-metric]')
      .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-metric'), el.getAttribute('data-value')])));
  const expected = (inputs: typeof simulator.defaults) => {
    const r = simulateConversion(inputs);
    return String(r.cumulativeProfit);
  };
  const shownProfit = async (page: Page) => (await figures(page)).cumulativeProfit;

  it('takes an example, slides, types, resets, copies, downloads and opens the month table without a mouse', async () => {
    const { page, errors } = await openPage(browser, '/simulator/', withClipboard);
    await islandsHydrated(page);
    const walk = new KeyboardWalk(page);
    const ui = simulatorStrings;
    const defaults = simulator.defaults;

    // Examples: Enter on one, Space on another; the pressed one says so.
    const [one, two] = presets;
    await walk.tabTo({ selector: '.sim-example-list button', name: new RegExp(one.name) });
    await walk.press('Enter');
    await expect.poll(() => shownProfit(page)).toBe(expected(one.inputs));
    await walk.tabTo({ selector: '.sim-example-list button', name: new RegExp(two.name) });
    await walk.press('Space');
    await expect.poll(() => shownProfit(page)).toBe(expected(two.inputs));
    await expect(page.locator('.sim-example-list button[aria-pressed=true]').textContent()).resolves.toBe(two.name);
    await walk.tabTo({ selector: '.sim-reset' });
    await walk.press('Enter');
    await expect.poll(() => shownProfit(page)).toBe(expected(defaults));

    // A slider moves one step per arrow key; its box and the figures follow.
    await walk.tabTo({ selector: '#sim-conversionRate-slider' });
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) await walk.press(key);
    const conversionRate = Math.round((defaults.conversionRate + 0.002) * 1000) / 1000;
    await expect(page.locator('#sim-conversionRate').inputValue()).resolves.toBe(String(conversionRate * 100));
    await expect.poll(() => shownProfit(page)).toBe(expected({ ...defaults, conversionRate }));

    // A number box: Tab in selects what is there, so typing replaces it.
    await walk.tabTo({ selector: '#sim-clientFee' });
    await page.keyboard.type('750');
    await walk.press('Tab');
    await expect.poll(() => shownProfit(page)).toBe(expected({ ...defaults, conversionRate, clientFee: 750 }));
    // A typo is explained in place and changes nothing; fixing it clears the message.
    await walk.backTo({ selector: '#sim-clientFee' });
    await page.keyboard.type('x12');
    await expect(page.locator('#sim-clientFee-error').textContent()).resolves.toMatch(/Client fee/);
    await expect(page.locator('.sim-kept').textContent()).resolves.toBe(ui.kept);
    await expect.poll(() => shownProfit(page)).toBe(expected({ ...defaults, conversionRate, clientFee: 750 }));
    await walk.backTo({ selector: '#sim-clientFee-slider' });
    await walk.tabTo({ selector: '#sim-clientFee' });
    await page.keyboard.type('800');
    await expect(page.locator('#sim-clientFee-error').textContent()).resolves.toBe('');
    const scenario = { ...defaults, conversionRate, clientFee: 800 };
    await expect.poll(() => shownProfit(page)).toBe(expected(scenario));

    // Months, by slider and by box.
    await walk.tabTo({ selector: '#sim-months-slider' });
    await walk.press('ArrowLeft');
    await expect(page.locator('#sim-months').inputValue()).resolves.toBe(String(defaults.months - 1));
    await walk.tabTo({ selector: '#sim-months' });
    await page.keyboard.type('12');
    Object.assign(scenario, { months: 12 });
    await expect.poll(() => shownProfit(page)).toBe(expected(scenario));

    // Copy the scenario's link and download its months.
    await walk.tabTo({ selector: '.sim-actions button', name: new RegExp(ui.copyLink) });
    await walk.press('Enter');
    await expect.poll(() => page.locator('.sim-status').textContent()).toBe(ui.linkCopied);
    const copied = new URL(await clipboard(page));
    expect(unpackScenario(copied.searchParams.get('s') ?? '')).toMatchObject({ clientFee: 800, months: 12 });
    await walk.tabTo({ selector: '.sim-actions button', name: new RegExp(ui.download) });
    const [download] = await Promise.all([page.waitForEvent('download'), walk.press('Enter')]);
    expect(download.suggestedFilename()).toBe(ui.csvFile);

    // A chart's table link (above the buttons, after the headline) opens the month table; its summary folds and unfolds it.
    await walk.backTo({ selector: '#sim-revenue-chart a' });
    await walk.press('Enter');
    await expect(page.locator('#month-table').getAttribute('open')).resolves.toBe('');
    await walk.tabTo({ selector: '#month-table summary' });
    await walk.press('Enter');
    await expect(page.locator('#month-table').getAttribute('open')).resolves.toBeNull();
    await walk.press('Space');
    await expect(page.locator('#month-table').getAttribute('open')).resolves.toBe('');
    await walk.tabTo({ selector: '#month-table .table-scroll' });
    await expect.poll(() => page.locator('#month-table tbody tr').count()).toBe(12);

    // Reset, reached again from below with Shift+Tab.
    await walk.backTo({ selector: '.sim-reset' }, 200);
    await walk.press('Space');
    await expect.poll(() => shownProfit(page)).toBe(expected(defaults));
    await page.waitForURL((url) => url.search === '');

    expect(walk.unseen).toEqual([]);
    expect(errors).toEqual([]);
  });
});
