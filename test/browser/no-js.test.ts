import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { islandsHydrated } from './built-pages.ts';
import { siteUrl } from './site.ts';
import { quizStrings } from '../../src/strings/quiz.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';
import { simulatorStrings } from '../../src/strings/simulator.ts';

/**
 * With JavaScript off, every lesson and the comparison table are complete, and the interactive
 * pages show their fallback instead of controls that would do nothing.
 */

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const quiz = load(readFileSync(new URL('../../content/quiz.yaml', import.meta.url), 'utf8')) as {
  classify: { noScript: string; questions: unknown[]; ui: { notSure: string } };
  check: { noScript: string };
};
const simulator = simulatorPage();
const criteria = load(readFileSync(new URL('../../content/criteria.yaml', import.meta.url), 'utf8')) as { id: string }[];

/** What a lesson's MDX file says the page must hold. */
interface LessonShape {
  headings: string[];
  tables: number;
  citations: number;
  sources: number;
  takeaways: number;
}

/** Text as written, whatever the typography: curly quotes read as straight ones. */
const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
/** Markdown to the text a reader sees: links, emphasis and code marks dropped. */
const plain = (md: string) => straight(md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''));

function lessonShape(file: string): LessonShape {
  const text = readFileSync(new URL(file, lessonsDir), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const prose = body.replace(/```[\s\S]*?```/g, '');
  const cites = [...prose.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]);
  return {
    headings: [...prose.matchAll(/^#{2,3} (.+)$/gm)].map((m) => plain(m[1])),
    // Markdown tables, and the tables a lesson places with <ExampleList /> and <TheTest />.
    tables: [...prose.matchAll(/^\|[\s:|-]*-{3}[\s:|-]*$/gm)].length + [...prose.matchAll(/^<(ExampleList|TheTest)\b/gm)].length,
    citations: cites.length,
    sources: new Set(cites).size,
    takeaways: ((load(frontmatter) as { takeaways?: unknown[] }).takeaways ?? []).length,
  };
}

const lessons = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), shape: lessonShape(f) }));

/**
 * Controls a reader can see that need JavaScript to do anything: buttons that are not native
 * popover toggles, and form fields that are neither read-only nor disabled, outside parts whose
 * controls act through CSS alone (`data-css-only`, such as the home page's sorting). The radio
 * buttons of a question inside a lesson are not dead: without JavaScript they hold the reader's
 * guess while the reveal below them explains every answer.
 */
const deadControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea')]
      .filter((el) => el.checkVisibility())
      .filter((el) => !(el.matches('button') && el.hasAttribute('popovertarget')))
      .filter((el) => !el.matches('[readonly], :disabled, [data-lesson-check] input[type="radio"]'))
      .filter((el) => !el.closest('[data-css-only]'))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      ),
  );

let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;
let page: Page;
let scripted: Page;
beforeAll(async () => {
  browser = await launchChromium();
  noJs = await browser.newContext({ javaScriptEnabled: false });
  withJs = await browser.newContext({ serviceWorkers: 'block' });
  page = await noJs.newPage();
  scripted = await withJs.newPage();
});
afterAll(async () => browser?.close());

it('reads every lesson file, and the dead-control check catches a dead button', async () => {
  expect(lessons.length).toBeGreaterThanOrEqual(9);
  expect(lessons.every((l) => l.shape.headings.length > 0 && l.shape.citations > 0)).toBe(true);
  await page.goto(siteUrl('/'));
  expect(await deadControls(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('button'), { textContent: 'Go' })));
  expect(await deadControls(page)).toEqual(['button "Go"']);
});

describe.each(lessons)('lesson $id without JavaScript', ({ id, shape }) => {
  it('shows every section, table, citation, takeaway and source of its file, as with JavaScript', async () => {
    await page.goto(siteUrl(`/lessons/${id}/`));
    const seen = await page.evaluate(() => {
      const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.checkVisibility());
      return {
        headings: visible('.lesson .prose :is(h2, h3)').map((h) => h.textContent!),
        tables: visible('.lesson .prose table').length,
        citations: visible('.lesson .prose sup.cite').length,
        sources: visible('.lesson .references li').length,
        takeaways: visible('.lesson .takeaways li').length,
      };
    });
    expect({ ...seen, headings: seen.headings.map(straight) }).toEqual(shape);
    expect(await deadControls(page)).toEqual([]);

    await scripted.goto(siteUrl(`/lessons/${id}/`));
    // Apart from the buttons a question gains with JavaScript (Check, Try again), the text is the same.
    await scripted.evaluate(() => document.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = true)));
    // Figures are meant to differ (a reveal and a note without JavaScript, answers with it); their
    // own states are checked in lesson-figures.test.ts. All the words around them must match.
    const text = (p: Page) =>
      p.evaluate(() => {
        const figures = [...document.querySelectorAll<HTMLElement>('.lesson [data-lesson-figure]')];
        for (const f of figures) f.style.display = 'none';
        const words = document.querySelector<HTMLElement>('article.lesson')!.innerText;
        for (const f of figures) f.style.display = '';
        return words;
      });
    expect(await text(page)).toBe(await text(scripted));
  });
});

describe('comparison table without JavaScript', () => {
  it('shows the same rows, cells and details as the scripted table, and no dead controls', async () => {
    const rows = (p: Page) =>
      p.locator('table.compare-table:not(.pinned-table) tr.criterion').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          cells: [...tr.querySelectorAll('th, td.col-client, td.col-customer, td.col-sources')].map((c) =>
            c.textContent!.replace(/\s+/g, ' ').trim(),
          ),
          details: document.getElementById(`${tr.id}-more`)!.textContent!.replace(/\s+/g, ' ').trim(),
          shown: (tr as HTMLElement).checkVisibility() && document.getElementById(`${tr.id}-more`)!.checkVisibility(),
        })),
      );
    await page.goto(siteUrl('/compare/'));
    await scripted.goto(siteUrl('/compare/'));
    await islandsHydrated(scripted);
    const plainRows = await rows(page);
    expect(plainRows.map((r) => r.id)).toEqual(criteria.map((c) => c.id));
    expect(plainRows.every((r) => r.shown)).toBe(true);
    const withoutShown = (list: typeof plainRows) => list.map((r) => ({ ...r, shown: undefined }));
    expect(withoutShown(plainRows)).toEqual(withoutShown(await rows(scripted)));
    expect(await deadControls(page)).toEqual([]);
    // The examples need JavaScript to pick, so their heading would stand over nothing.
    await expect(page.locator('#sim-examples-title').isVisible()).resolves.toBe(false);
  });
});

describe('a themed comparison link without JavaScript', () => {
  it('shows the whole table and says filtering needs JavaScript', async () => {
    await page.goto(siteUrl('/compare/?theme=money'));
    const shown = await page
      .locator('table.compare-table tr.criterion')
      .evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).checkVisibility()).length);
    expect(shown).toBe(criteria.length);
    await expect(page.getByRole('note').innerText()).resolves.toContain('needs JavaScript');
    expect(await deadControls(page)).toEqual([]);
  });
});

describe('interactive pages without JavaScript', () => {
  it('the quiz says scoring needs JavaScript and lists every question instead', async () => {
    await page.goto(siteUrl('/quiz/'));
    await expect(page.locator('body').innerText()).resolves.toContain(quiz.classify.noScript);
    await expect(page.locator('.quiz-all-list > li:visible').count()).resolves.toBe(quiz.classify.questions.length);
    // On paper, as on screen, every question can be left as "Not sure".
    const lastChoices = await page
      .locator('.quiz-all-answers')
      .evaluateAll((lists) => lists.map((l) => l.lastElementChild?.textContent?.trim()));
    expect(lastChoices).toEqual(quiz.classify.questions.map(() => quizStrings.notSure));
    expect(await deadControls(page)).toEqual([]);
  });

  it('the knowledge check says it needs JavaScript and points to the examples', async () => {
    await page.goto(siteUrl('/quiz/check/'));
    await expect(page.locator('body').innerText()).resolves.toContain(quiz.check.noScript);
    await expect(page.evaluate(() => document.querySelector('noscript a[href$="/examples/"]')?.checkVisibility() ?? false)).resolves.toBe(
      true,
    );
    expect(await deadControls(page)).toEqual([]);
  });

  it('the simulator shows the starting scenario’s figures, says how to change them, and offers no dead controls', async () => {
    await page.goto(siteUrl('/simulator/'));
    await expect(page.locator('body').innerText()).resolves.toContain(simulatorStrings.noscript);
    const r = simulateConversion(simulator.defaults);
    await expect(page.locator('[data-metric="cumulativeProfit"]').getAttribute('data-value')).resolves.toBe(String(r.cumulativeProfit));
    await expect(page.locator('.sim-chart svg').first().isVisible()).resolves.toBe(true);
    expect(await deadControls(page)).toEqual([]);
    // The inputs are a read-only record of the starting scenario, not boxes that look editable.
    await expect(page.locator('.sim-controls').isVisible()).resolves.toBe(false);
    const starting = page.getByRole('region', { name: simulator.withoutScript.inputsTitle });
    await expect(starting.locator('dt').count()).resolves.toBe(simulator.groups.flatMap((g) => g.inputs).length);
    await expect(starting.innerText()).resolves.toMatch(/Customers now\s+1,000 people/);
    // The examples are links that carry their scenario; the island's buttons, which need JavaScript, are not shown.
    await expect(page.locator('#sim-examples-title').isVisible()).resolves.toBe(false);
    const examples = page.getByRole('region', { name: simulatorStrings.examples });
    const links = await examples
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).search]));
    expect(links).toEqual(simulatorPresets().map((p) => [p.name, `?preset=${p.id}`]));
    // The results come after, as the starting scenario's.
    expect(await page.locator('.sim-headline').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
      await starting.evaluate((el) => el.getBoundingClientRect().bottom),
    );
  });
});
