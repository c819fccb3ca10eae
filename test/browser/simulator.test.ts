import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { openPage } from './site.ts';
import { simulateConversion, type ConversionResult } from '../../src/lib/simulate-conversion.ts';
import { encodeScenario } from '../../src/lib/scenario-url.ts';
import { unpackScenario } from '../../src/lib/scenario-code.ts';
import type { ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';
import { simulatorStrings } from '../../src/strings/simulator.ts';

const content = simulatorPage();
const defaults = content.defaults;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const figure = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"]`);
const valueOf = (page: Page, metric: string) => figure(page, metric).getAttribute('data-value');

/** The data-value every summary figure should carry for a result. */
function expectedValues(r: ConversionResult): Record<string, string> {
  const s = (v: number | null) => (v === null ? '' : String(v));
  return {
    customers: s(r.finalCustomers),
    clients: s(r.finalClients),
    totalRevenue: s(r.totalRevenue),
    cumulativeProfit: s(r.cumulativeProfit),
    baselineProfit: s(r.baselineProfit),
    profitDifference: s(r.profitDifference),
    paybackMonth: s(r.paybackMonth),
    customerLtv: s(r.customerLtv),
    clientLtv: s(r.clientLtv),
  };
}

async function figures(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-metric]')
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-metric'), el.getAttribute('data-value')])));
}

/**
 * Waits until the island has taken over the server-rendered HTML: at once for an address with a
 * scenario, else when a reader first reaches into it (here, the pointer moving over it).
 */
async function hydrated(page: Page) {
  if (!new URL(page.url()).search) await page.locator('astro-island .simulator').hover();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

describe('simulator', () => {
  it('moving a slider updates the figures and the address', async () => {
    const { page, errors } = await openPage(browser, '/simulator/');
    await hydrated(page);
    const before = await valueOf(page, 'profitDifference');
    const slider = page.locator('#sim-conversionRate-slider');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => valueOf(page, 'profitDifference')).not.toBe(before);
    await page.waitForURL(/[?&]s=/);
    // The address follows a moment after the last change; then the figures on the page are the
    // model's for exactly the scenario the address holds.
    const scenarioInAddress = async () => {
      const url = new URL(page.url());
      const inputs = unpackScenario(url.searchParams.get('s') ?? '')!;
      return { inputs, shown: await figures(page) };
    };
    await expect
      .poll(async () => {
        const { inputs, shown } = await scenarioInAddress();
        return shown.profitDifference === expectedValues(simulateConversion(inputs)).profitDifference;
      })
      .toBe(true);
    const { inputs, shown } = await scenarioInAddress();
    expect(shown).toEqual(expectedValues(simulateConversion(inputs)));
    expect(inputs.conversionRate).toBeGreaterThan(defaults.conversionRate);
    await expect(page.locator('#sim-conversionRate').inputValue()).resolves.toBe(
      String(Math.round(inputs.conversionRate * 100 * 1000) / 1000),
    );
    expect(errors).toEqual([]);
  });

  it('opening a scenario link reproduces its figures', async () => {
    const scenario: ConversionInputs = { ...defaults, customers: 4321, conversionRate: 0.023, clientFee: 555, clientChurn: 0, months: 7 };
    const { page, errors } = await openPage(browser, `/simulator/?${encodeScenario(scenario)}`);
    await hydrated(page);
    const expected = expectedValues(simulateConversion(scenario));
    await expect.poll(() => figures(page)).toEqual(expected);
    await expect(figure(page, 'clientLtv').textContent()).resolves.toBe(simulatorStrings.noEnd);
    await expect(page.locator('#sim-customers').inputValue()).resolves.toBe('4,321');
    await page.locator('#month-table summary').click();
    await expect.poll(() => page.locator('#month-table tbody tr').count()).toBe(7);
    expect(errors).toEqual([]);
  });

  it.each(simulatorPresets().map((p) => [p.id, p] as const))('the example link ?preset=%s shows that example', async (id, preset) => {
    const { page, errors } = await openPage(browser, `/simulator/?preset=${id}`);
    await hydrated(page);
    await expect.poll(() => figures(page)).toEqual(expectedValues(simulateConversion(preset.inputs)));
    await expect(page.getByRole('button', { name: preset.name }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(errors).toEqual([]);
  });

  it('a tampered link shows a notice, keeps sane numbers and logs no error', async () => {
    const { page, errors } = await openPage(
      browser,
      '/simulator/?preset=space-tourism&customers=lots&months=9999&utm_source=x&customerChurn=0.9&conversionRate=0.2',
    );
    await hydrated(page);
    const notice = page.locator('.sim-notice');
    await expect.poll(() => notice.textContent()).toContain('space-tourism');
    const text = (await notice.textContent())!;
    expect(text).toContain('utm_source');
    expect(text).toContain('Customers now');
    expect(text).toContain('Months to model must be from 1 to 120');
    // The field says what is wrong in place, and keeps what was typed so it can be fixed.
    const customersError = page.locator('#sim-customers-error');
    await expect(customersError.textContent()).resolves.toMatch(/Customers now needs a number from 0 to 100,000/);
    await expect(page.locator('#sim-customers').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#sim-customers').inputValue()).resolves.toBe('lots');
    // Usable values from the link still apply; unusable ones fall back to the defaults.
    const expected = simulateConversion({ ...defaults, customerChurn: 0.9 });
    await expect.poll(() => figures(page)).toEqual(expectedValues(expected));
    const main = (await page.locator('main').textContent())!;
    expect(main).not.toMatch(/NaN|Infinity|undefined/);
    expect(errors).toEqual([]);
  });

  it('downloads the month-by-month series as CSV', async () => {
    const { page } = await openPage(browser, `/simulator/?${encodeScenario({ ...defaults, months: 12 })}`);
    await hydrated(page);
    await expect.poll(() => valueOf(page, 'customers')).toBe(String(simulateConversion({ ...defaults, months: 12 }).finalCustomers));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: simulatorStrings.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(simulatorStrings.csvFile);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe(
      `${content.table.month},${content.table.customers},${content.table.clients},${content.table.customerRevenue},${content.table.clientRevenue},${content.table.profit},${content.table.cumulativeProfit},${content.table.baselineCumulativeProfit}`,
    );
    const r = simulateConversion({ ...defaults, months: 12 });
    const last = lines[12].split(',').map(Number);
    expect(last[0]).toBe(12);
    expect(last[1]).toBeCloseTo(r.finalCustomers, 2);
    expect(last[6]).toBeCloseTo(r.cumulativeProfit, 2);
    expect(last[7]).toBeCloseTo(r.baselineProfit, 2);
  });

  it('can be worked entirely from the keyboard', async () => {
    const { page, errors } = await openPage(browser, '/simulator/');
    await hydrated(page);
    // An example, chosen with the keyboard.
    const gym = simulatorPresets().find((p) => p.id === 'gym-personal-training')!;
    await page.getByRole('button', { name: gym.name }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => figures(page)).toEqual(expectedValues(simulateConversion(gym.inputs)));
    // The month table, unfolded from the keyboard.
    await page.locator('#month-table summary').focus();
    await page.keyboard.press('Enter');
    // A slider, nudged with arrow keys: months go up one at a time.
    await page.locator('#sim-months-slider').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#month-table tbody tr').count()).toBe(gym.inputs.months + 2);
    // A number typed in the box; Tab moves on and shows it formatted.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('48');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#month-table tbody tr').count()).toBe(48);
    // A typo: the field explains, the results stay as they were.
    const kept = await figures(page);
    await page.locator('#sim-clientFee').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('x12');
    await page.keyboard.press('Tab');
    await expect(page.locator('#sim-clientFee-error').textContent()).resolves.toBe('Client fee needs a number from £0 to £20,000.');
    expect(await figures(page)).toEqual(kept);
    await expect(page.locator('.sim-kept').textContent()).resolves.toBe(simulatorStrings.kept);
    // Reset brings back the starting scenario and a clean address.
    await page.getByRole('button', { name: simulatorStrings.reset }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => figures(page)).toEqual(expectedValues(simulateConversion(defaults)));
    await page.waitForURL((url) => url.search === '');
    expect(errors).toEqual([]);
  });

  it('copies a link that reopens the same scenario', async () => {
    const { page } = await openPage(browser, '/simulator/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await hydrated(page);
    await page.locator('#sim-orderValue').fill('55');
    await page.getByRole('button', { name: simulatorStrings.copyLink }).click();
    // Copying is asynchronous: the status follows once the clipboard has taken the text.
    await expect.poll(() => page.locator('.sim-status').textContent()).toBe(simulatorStrings.linkCopied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(unpackScenario(new URL(copied).searchParams.get('s') ?? '')?.orderValue).toBe(55);
    const reopened = await openPage(browser, new URL(copied).pathname.replace(/^\//, '') + new URL(copied).search);
    await hydrated(reopened.page);
    await expect.poll(() => figures(reopened.page)).toEqual(expectedValues(simulateConversion({ ...defaults, orderValue: 55 })));
  });

  it('opens the month table from a chart’s table link', async () => {
    const { page } = await openPage(browser, '/simulator/');
    await hydrated(page);
    await expect(page.locator('#month-table').getAttribute('open')).resolves.toBeNull();
    await page.locator('#sim-revenue-chart').getByRole('link').click();
    await expect(page.locator('#month-table').getAttribute('open')).resolves.toBe('');
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations (%s mode, with an error showing)', async (colorScheme) => {
    const { page } = await openPage(browser, '/simulator/?customers=oops', { colorScheme });
    await hydrated(page);
    await page.locator('#sim-customers-error').filter({ hasText: /\w/ }).waitFor();
    await page.locator('#month-table summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const { page } = await openPage(browser, '/simulator/', { viewport: { width: 320, height: 700 } });
    await hydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints the scenario as a record: every input value and result, no buttons or sliders', async () => {
    const { page } = await openPage(browser, '/simulator/?preset=gym-personal-training', { viewport: { width: 794, height: 1123 } });
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
    await expect(shown('.sim-number input')).resolves.toBe(15);
    await expect(shown('.sim-figure')).resolves.toBe(9);
    await expect(shown('button, input[type="range"], .sim-help')).resolves.toBe(0);
    await expect(page.locator('.sim-example-about').innerText()).resolves.toContain('A gym adds personal training');
  });

  // Each result card clips what sticks out of it, so a page can fit and still cut figures off.
  it.each([320, 390, 480, 640])('shows every result figure whole at %i px', async (width) => {
    const { page } = await openPage(browser, '/simulator/?preset=gym-personal-training', { viewport: { width, height: 800 } });
    await hydrated(page);
    const clipped = await page.locator('.sim-metric').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const box = card.getBoundingClientRect();
        // Text a narrow screen leaves out (the headline's help lines) is not cut off.
        return [...card.children]
          .filter((el) => (el as HTMLElement).checkVisibility())
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.right > box.right + 0.5 || r.left < box.left - 0.5 || el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => el.textContent);
      }),
    );
    expect(clipped).toEqual([]);
  });
});

/** Where an element is on screen right now, in viewport pixels. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });

/** Whether the element is wholly on screen and nothing covers its top or bottom edge. */
const wholeAndUncovered = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) return false;
      const x = r.left + r.width / 2;
      return [r.top + 4, r.bottom - 4].every((y) => el.contains(document.elementFromPoint(x, y)));
    });

describe('simulator results beside the controls', () => {
  it.each([
    [1280, 800],
    [1366, 768],
    [1920, 1080],
  ])('at %i×%i the headline and a whole chart are in view beside the controls, with no inner scrolling', async (width, height) => {
    const { page, errors } = await openPage(browser, '/simulator/', { viewport: { width, height } });
    await hydrated(page);
    // The reader scrolls the form to the top of the screen.
    await page.evaluate(() => scrollTo(0, document.querySelector('.sim-layout')!.getBoundingClientRect().top + scrollY));
    const controls = await box(page, '.sim-controls');
    const headline = await box(page, '.sim-headline');
    expect(headline.top).toBeGreaterThanOrEqual(0);
    expect(headline.left).toBeGreaterThanOrEqual(controls.right);
    expect(await wholeAndUncovered(page, '#sim-revenue-chart')).toBe(true);
    expect((await box(page, '#sim-revenue-chart')).left).toBeGreaterThanOrEqual(controls.right);
    // Nothing scrolls on its own: the results panel shows all it holds.
    const inner = await page
      .locator('.sim-results')
      .evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, maxHeight: getComputedStyle(el).maxHeight }));
    expect(inner).toEqual({ overflow: 'visible', maxHeight: 'none' });

    // Working down the form to its last box, which comes up from the bottom of the screen: the
    // headline stays in view and a chart stays whole beside it.
    await page.evaluate(() =>
      scrollTo(0, document.getElementById('sim-months')!.closest('fieldset')!.getBoundingClientRect().bottom + scrollY - innerHeight + 16),
    );
    expect(await wholeAndUncovered(page, '#sim-months')).toBe(true);
    const low = await box(page, '.sim-headline');
    expect(low.top).toBeGreaterThanOrEqual(0);
    expect(low.bottom).toBeLessThanOrEqual(height);
    const charts = await Promise.all(['#sim-revenue-chart', '#sim-profit-chart'].map((c) => wholeAndUncovered(page, c)));
    expect(charts).toContain(true);
    expect(errors).toEqual([]);
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])(
    'at %i×%i every chart can be seen whole with the page’s own scroll',
    async (width, height) => {
      const { page } = await openPage(browser, '/simulator/', { viewport: { width, height } });
      await hydrated(page);
      const seen = new Set<string>();
      const end = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < end && seen.size < 2; y += 100) {
        await page.evaluate((top) => scrollTo(0, top), y);
        for (const chart of ['#sim-revenue-chart', '#sim-profit-chart']) if (await wholeAndUncovered(page, chart)) seen.add(chart);
      }
      expect([...seen].sort()).toEqual(['#sim-profit-chart', '#sim-revenue-chart']);
    },
    60_000,
  );
});

describe('simulator on a phone', () => {
  it('keeps the difference and payback month in view, and up to date, while inputs change below', async () => {
    const { page, errors } = await openPage(browser, '/simulator/', { viewport: { width: 390, height: 844 } });
    await hydrated(page);
    const headline = () => page.locator('.sim-headline').innerText();
    const first = await headline();
    expect(first).toContain(content.metrics.profitDifference.label);
    expect(first).toContain(content.metrics.paybackMonth.label);
    // Picking an example: the headline is on screen and shows the example's figures.
    const gym = simulatorPresets().find((p) => p.id === 'gym-personal-training')!;
    await page.getByRole('button', { name: gym.name }).click();
    await expect.poll(() => valueOf(page, 'profitDifference')).toBe(String(simulateConversion(gym.inputs).profitDifference));
    let shown = await box(page, '.sim-headline');
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(844);
    // An input far down the form, typed into: the headline is still on screen, above the box, and changed.
    const before = await headline();
    const fee = page.locator('#sim-clientFee');
    await fee.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('900');
    await expect.poll(headline).not.toBe(before);
    shown = await box(page, '.sim-headline');
    const field = await box(page, '#sim-clientFee');
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(field.top);
    expect(field.bottom).toBeLessThanOrEqual(844);
    // It stays compact: under a sixth of the screen.
    expect(shown.bottom - shown.top).toBeLessThan(844 / 6);
    await expect(page.locator('[data-metric="profitDifference"]').first().getAttribute('data-value')).resolves.toBe(
      String(simulateConversion({ ...gym.inputs, clientFee: 900 }).profitDifference),
    );
    // The full results follow the form.
    expect((await box(page, '#sim-revenue-chart')).top).toBeGreaterThan((await box(page, '.sim-controls')).bottom);
    expect(errors).toEqual([]);
  });
});
