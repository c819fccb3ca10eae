import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { brokenValues, islandsHydrated } from './built-pages.ts';
import { siteUrl } from './site.ts';
import { encodeAnswers } from '../../src/lib/quiz-url-state.ts';
import { INPUT_NAMES } from '../../src/lib/conversion-inputs.ts';

/**
 * Shared by the bad-input tests (split in two files so they run side by side).
 * Tampered links and corrupt saved data. Whatever arrives, a page must load with no error, show
 * no NaN, Infinity or undefined, say so where the input could not be used (and only there), keep
 * its tool usable, and never run or insert markup that came in with the input.
 */

/** Payloads set this flag if they ever run. */
export const FLAG = '__pwned';
export const PAYLOADS = [
  `<script>window.${FLAG}=1</script>`,
  `"><img src=x onerror="window.${FLAG}=1">`,
  `javascript:window.${FLAG}=1`,
  `'><svg onload=window.${FLAG}=1>`,
];
const e = encodeURIComponent;

/** Values no parameter of the site accepts. Raw ones are put in the query as they are. */
export const GARBAGE: string[] = [
  'abc',
  'NaN',
  'Infinity',
  '1e309',
  '-1',
  '-0.5',
  '99999999999999999999',
  '9'.repeat(10_000),
  'x'.repeat(10_000),
  'undefined',
  '__proto__',
  e('[object Object]'),
  '%00',
  '%E0%A4%A',
  e('１２'),
  e('😀'),
  e('\u202e'),
  '%20',
  ...PAYLOADS.map(e),
  PAYLOADS[0],
  PAYLOADS[1],
];

type Expect = 'notice' | 'quiet';
interface Case {
  query: string;
  /** "notice": the link could not be used as it is, and the page must say so; "quiet": odd but valid, no notice. */
  expect: Expect;
}
const notice = (query: string): Case => ({ query, expect: 'notice' });
const quiet = (query: string): Case => ({ query, expect: 'quiet' });

// Valid quiz answers, as the quiz writes them.
export const SHAPE = [4, 3, 4, 4, 3, 3, 3, 3, 4, 4];
export const ALL = encodeAnswers(SHAPE.map(() => 0));
const THREE = encodeAnswers([1, 0, 2]);
const wrongLetter = (a: string) => a.slice(0, -1) + (a.endsWith('a') ? 'b' : 'a');

const QUIZ: Case[] = [
  ...GARBAGE.map((v) => notice(`?a=${v}`)),
  ...GARBAGE.slice(0, 6).map((v) => notice(`?q=${v}`)),
  notice(`?a=${wrongLetter(ALL)}`),
  notice(`?a=${encodeAnswers([4])}`), // answer 5 of a question with 4
  notice(`?a=${encodeAnswers([...SHAPE, 0].map(() => 0))}`), // one answer too many
  notice(`?a=${ALL.slice(0, -1)}`), // check letter cut off
  notice(`?a=${ALL}&q=11`),
  notice(`?a=${ALL}&q=0`),
  notice(`?a=${THREE}&q=5`), // past the first open question
  notice('?q=2'),
  notice('?q=01'),
  notice('?q=1.0'),
  notice('?a=&q='),
  notice(`?a=abc&a=${ALL}`), // the first value counts
  quiet(''),
  quiet('?'),
  quiet('?&&&'),
  quiet('?a='),
  quiet('?a'),
  quiet('?q=1'),
  quiet(`?a=${ALL}`),
  quiet(`?a=${ALL}&q=3`),
  quiet(`?a=${THREE}&q=4`),
  quiet(`?a=${ALL}&a=abc`),
  quiet(`?A=${e(PAYLOADS[1])}`),
  quiet(`?utm_source=${e(PAYLOADS[0])}`),
  quiet('?present=1'),
  quiet('?highlight=client'),
  quiet(`?%00=1&a=${ALL}`),
];

const CHECK: Case[] = [
  ...GARBAGE.map((v) => notice(`?seed=${v}`)),
  ...GARBAGE.slice(0, 8).map((v) => notice(`?seed=42&round=${v}`)),
  notice('?seed=0'),
  notice('?seed=1000000'),
  notice('?seed=042'),
  notice('?seed='),
  notice('?seed=42&round='),
  notice('?seed=42&round=5'), // 31 examples make 4 rounds
  notice('?seed=42&round=0'),
  notice('?round=2&seed=abc'),
  notice('?seed=abc&seed=42'),
  quiet(''),
  quiet('?'),
  quiet('?seed=1'),
  quiet('?seed=999999'),
  quiet('?seed=42&round=4'),
  quiet('?seed=42&seed=abc'),
  quiet('?round=2'),
  quiet('?SEED=abc'),
  quiet(`?seed=42&utm_source=${e(PAYLOADS[1])}`),
  quiet('?present=1&seed=7'),
];

const COMPARE: Case[] = [
  ...GARBAGE.filter((v) => v !== '%20').map((v) => notice(`?theme=${v}`)),
  ...['%00', '%E0%A4%A', 'x'.repeat(10_000), 'zzqx', e('premium zzqx'), e(PAYLOADS[0]), e(PAYLOADS[1]), '%20%21%20'].map((v) =>
    notice(`?q=${v}`),
  ),
  ...['NaN', '__proto__', 'x'.repeat(10_000), PAYLOADS[1]].map((v) => notice(`?pin=${v}`)),
  notice('?pin=pricing,bogus'),
  notice('?theme=money&q=relationship%20exclusive%20zzqx'),
  notice('?theme=gold&theme=money'),
  quiet(''),
  quiet('?'),
  quiet('?theme='),
  quiet('?theme=MONEY'),
  quiet('?theme=%20money%20'),
  quiet('?theme=money&theme=gold'),
  quiet('?q='),
  quiet('?q=PREMIUM'),
  quiet('?pin='),
  quiet('?pin=,,,'),
  quiet('?pin=pricing,pricing'),
  quiet('?pin=pricing&pin=bogus'),
  quiet(`?utm_source=${e(PAYLOADS[0])}`),
  quiet('?present=1'),
  quiet('?h=1#%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E'),
  quiet('?h=2#%E0%A4%A'),
  quiet('?h=3#no-such-row'),
];

const SIMULATOR: Case[] = [
  // Every field gets a markup payload below, so here the rest of the garbage.
  ...GARBAGE.filter((v) => !v.includes(FLAG)).map((v) => notice(`?customers=${v}`)),
  ...['1.5', '0', '121'].map((v) => notice(`?months=${v}`)),
  ...INPUT_NAMES.map((name) => notice(`?${name}=${e(PAYLOADS[1])}`)),
  notice('?customerChurn=1.01'),
  notice('?customerChurn=0.995'), // with the starting 1% conversion, over 100%
  notice('?conversionRate=0.3'),
  notice('?customers=1&customers=2'),
  notice('?customers=1%2C000'),
  notice(`?preset=${e(PAYLOADS[0])}`),
  notice('?preset=space-tourism'),
  notice('?preset=gym-personal-training&preset=gym-personal-training'),
  notice(`?${e(PAYLOADS[1])}=1`),
  notice('?utm_source=mail'),
  // A packed scenario code cut short, changed, doubled or carrying markup.
  notice('?s=AAAA'),
  notice('?s=1&s=2'),
  notice(`?s=${e(PAYLOADS[1])}`),
  quiet(''),
  quiet('?'),
  quiet('?customers=%2B5'),
  quiet('?customers=-0'),
  quiet('?customers=%205%20'),
  quiet('?purchasesPerMonth=.5'),
  quiet('?months=1'),
  quiet('?months=120'),
  quiet('?customers=100000'),
  quiet('?customerChurn=0.99'),
  quiet('?preset=gym-personal-training'),
  quiet('?preset=gym-personal-training&months=12'),
  quiet('?present=1'),
  quiet('?highlight=client'),
];

const MAP: Case[] = [
  ...GARBAGE.filter((v) => v !== '%20').map((v) => notice(`?business=${v}`)),
  ...GARBAGE.slice(0, 10).map((v) => notice(`?you=${v}`)),
  ...GARBAGE.slice(0, 6).map((v) => notice(`?show=${v}`)),
  ...['101,50', '50,101', '-1,5', '50', '50,50,50', '5.5,5', '1e2,1', e('60 40'), e(PAYLOADS[1])].map((v) => notice(`?you=${v}`)),
  notice('?business=saas&business=saas'),
  notice('?you=10,10&you=90,90'),
  notice('?show=client&show=customer'),
  notice('?business=gym&show=client'), // the filter would hide the business
  notice('?zoom=2'),
  notice(`?${e(PAYLOADS[1])}=1`),
  notice('?business=saas&you=500,500'), // the business is kept, the point is not
  quiet(''),
  quiet('?'),
  quiet('?&&&'),
  quiet('?business='),
  quiet('?you='),
  quiet('?show='),
  quiet('?show=all'),
  quiet('?business=saas'),
  quiet('?business=SAAS'),
  quiet('?show=Depends'),
  quiet('?you=0,0'),
  quiet('?you=100,100'),
  quiet('?business=law-firm&show=client&you=70,80'),
  quiet('?present=1&business=gym'),
  quiet('?highlight=client'),
];

interface Island {
  path: string;
  cases: Case[];
  /** Waits until the island has read the address. */
  ready: (page: Page) => Promise<void>;
  /** Where the island says a link could not be used. */
  notice: string;
  /** Whether the island shows a usable default. */
  usable: (page: Page) => Promise<boolean>;
}

export const ISLANDS: Island[] = [
  {
    path: '/quiz/',
    cases: QUIZ,
    ready: (page) => page.waitForSelector('.quiz[data-ready]').then(() => {}),
    notice: '.quiz-notice',
    usable: (page) => page.locator('.quiz .quiz-answer, .quiz [data-outcome]').first().isVisible(),
  },
  {
    path: '/quiz/check/',
    cases: CHECK,
    ready: (page) => page.waitForSelector('.check[data-ready]').then(() => {}),
    notice: '.quiz-notice',
    usable: (page) => page.getByRole('button', { name: 'Start the round' }).isEnabled(),
  },
  {
    path: '/compare/',
    cases: COMPARE,
    ready: islandsHydrated,
    notice: '.compare-notices li',
    usable: async (page) => (await page.locator('table.compare-table:not(.pinned-table) tr.criterion:visible').count()) > 0,
  },
  {
    path: '/simulator/',
    cases: SIMULATOR,
    ready: islandsHydrated,
    notice: '.sim-notice li',
    // Every figure is a finite number (or blank, for "never"), so the results are from a valid scenario.
    usable: (page) =>
      page
        .locator('[data-metric]')
        .evaluateAll(
          (els) =>
            els.length > 0 &&
            els.every((el) => ['', null].includes(el.getAttribute('data-value')) || Number.isFinite(Number(el.getAttribute('data-value')))),
        ),
  },
  {
    path: '/map/',
    cases: MAP,
    // The islands hydrate when visible, and presentation mode's large text can push them below the fold.
    ready: async (page) => {
      await page.locator('.map-controls-area').scrollIntoViewIfNeeded();
      await page.waitForSelector('#the-map[data-ready]');
    },
    notice: '.map-notices li',
    // The default map: every business drawn and selectable, or the one the link chose.
    usable: async (page) => (await page.locator('.map-point[role="button"]:visible').count()) > 0,
  },
];

/** What the query said, as a reader would read it, for telling echoes from faults. */
export function given(query: string): string {
  try {
    return decodeURIComponent(query.replace(/\+/g, ' '));
  } catch {
    return query;
  }
}

/** Markup or script that came in with the input and reached the page. */
export const injected = (page: Page) =>
  page.evaluate((flag) => {
    const found: string[] = [];
    if (flag in window) found.push(`window.${flag} was set`);
    for (const el of document.querySelectorAll('img[src="x"], svg[onload], script')) {
      if (el.matches('img, svg') || el.textContent?.includes(flag)) found.push(el.outerHTML.slice(0, 80));
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || (attr.name === 'href' && /^\s*javascript:/i.test(attr.value)))
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
    }
    return found;
  }, FLAG);

/** One tab for a whole set of cases, recording console errors and uncaught exceptions. */
export async function openTab(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/** Every tampered link of one island page, one tab going from case to case. */
export function tamperedLinks(path: string, browser: () => Browser) {
  const island = ISLANDS.find((i) => i.path === path)!;
  describe(`tampered links to ${path}`, () => {
    // One tab per page, going from case to case: a fresh browser per case would take minutes.
    let tab: Awaited<ReturnType<typeof openTab>>;
    beforeAll(async () => {
      tab = await openTab(browser());
    });
    afterAll(() => tab?.context.close());

    it(`has at least 50 cases, with and without a notice`, () => {
      expect(island.cases.length).toBeGreaterThanOrEqual(50);
      expect(island.cases.filter((c) => c.expect === 'quiet').length).toBeGreaterThanOrEqual(10);
    });

    it.each(
      island.cases.map(
        (c) => [c.query.length > 60 ? `${c.query.slice(0, 60)}… (${c.query.length} characters)` : c.query || '(none)', c] as const,
      ),
    )('%s', async (_, { query, expect: wanted }) => {
      const { page, errors } = tab;
      errors.length = 0;
      await page.goto(siteUrl(`${island.path}${query}`));
      await island.ready(page);
      expect({
        notice: (await page.locator(island.notice).first().isVisible()) ? 'notice' : 'quiet',
        usable: await island.usable(page),
        broken: await brokenValues(page, given(query)),
        injected: await injected(page),
        // A link's parameters are the page's own: nothing else (such as site search) opens over it.
        dialogs: await page.locator('dialog[open]').count(),
        errors,
      }).toEqual({ notice: wanted, usable: true, broken: [], injected: [], dialogs: 0, errors: [] });
    });
  });
}
