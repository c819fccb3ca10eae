import { readdirSync, readFileSync } from 'node:fs';
import { figureStrings } from '../../src/strings/figures.ts';
import { siteScriptRunning, siteUrl } from './site.ts';

/**
 * The main flow of every kind of page, written once for any engine: Firefox over WebDriver BiDi
 * and WebKit over classic WebDriver drive the same steps. Every step waits for a condition the
 * reader would see, and clicks an element only once it is hydrated, visible and holding still.
 */
export interface Engine {
  /** Opens a site path and waits for its load event. */
  goto(path: string): Promise<void>;
  /** Runs a function body in the page and returns what it returns (plain JSON values only). */
  run<T>(body: string): Promise<T>;
  /** A real click on the element `css` selects. */
  click(css: string): Promise<void>;
  /** Real key presses into the element `css` selects (WebDriver key codes, e.g. '\uE014' for →). */
  type(css: string, text: string): Promise<void>;
  /** Real key presses into whatever has focus. */
  press(keys: string): Promise<void>;
}

const TARGET = '[data-engine-target]';
const ARROW_RIGHT = '\uE014';
const ESCAPE = '\uE00C';
const ENTER = '\uE007';

/** Polls a function body in the page until it returns something truthy; fails naming `what`. */
export async function until<T>(engine: Engine, body: string, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await engine.run<T>(body);
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/**
 * Marks the element an expression finds (its label, for a radio) and clicks it once it is ready:
 * its island hydrated (unless the island wakes at that first touch), on screen, and in the same
 * place on two polls in a row.
 */
async function clickOn(engine: Engine, find: string, what: string, { firstTouch = false } = {}): Promise<void> {
  await until(
    engine,
    `document.querySelectorAll('${TARGET}').forEach((el) => el.removeAttribute('data-engine-target'));
     window.__enginePlace = '';
     let el = (() => { ${find} })();
     if (!el) return false;
     if (el.matches('input[type=radio], input[type=checkbox]') && el.labels?.[0]) el = el.labels[0];
     el.setAttribute('data-engine-target', '');
     // On screen first: some islands wake only when seen. At once, not gliding (the page asks for
     // smooth scrolling): on a busy machine a glide can look still for two polls and then move.
     el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
     if (!${firstTouch} && el.closest('astro-island[ssr]')) return false;
     const r = el.getBoundingClientRect();
     return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';`,
    `${what} to be ready to click`,
  );
  await until(
    engine,
    `const el = document.querySelector('${TARGET}'); if (!el) return false; const r = el.getBoundingClientRect();
     const now = [r.x, r.y, r.width, r.height].map(Math.round).join(); const still = now === window.__enginePlace;
     window.__enginePlace = now; return still;`,
    `${what} to hold still`,
  );
  await engine.click(TARGET);
}

/**
 * Clicks a button that moves the reader on, until what it leads to shows. WebDriver's click lands
 * where the button was when it started; should the page still be gliding it into view, it can
 * miss. A reader would click again, so this does too (three tries).
 */
async function clickThrough(engine: Engine, find: string, what: string, shown: string, next: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await clickOn(engine, find, what);
    try {
      await until(engine, shown, next, attempt < 3 ? 5_000 : 15_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The first element matching `css` whose text starts with `text`, as a page expression. */
const byText = (css: string, text: string) =>
  `return [...document.querySelectorAll(${JSON.stringify(css)})].find((el) => el.textContent.trim().startsWith(${JSON.stringify(text)}));`;

const lessonsDir = new URL('../../dist/lessons/', import.meta.url);
const lessonWith = (marker: string) => {
  const found = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .find((e) => readFileSync(new URL(`${e.name}/index.html`, lessonsDir), 'utf8').includes(marker));
  if (!found) throw new Error(`No built lesson holds ${marker}`);
  return `/lessons/${found.name}/`;
};

// The opening question of the first lesson: the groomer (the second option) is the client.
const OPENING = '[data-lesson-check="definitions-ring-or-groomer"]';

/** The flows, by name, in the order one browser session runs them. */
export const flows: Record<string, (engine: Engine) => Promise<void>> = {
  async 'lesson: a term’s definition opens beside it and a check explains the answer'(engine) {
    await engine.goto('/lessons/definitions/');
    // The page's script brings the check's code on the first Check; on a busy machine it can still
    // be on its way when the page shows, and a Check before it does nothing (a reader clicks again).
    await until(engine, `return (${siteScriptRunning})();`, 'the page’s script');
    await clickOn(engine, `return document.querySelector('.prose button.term');`, 'a glossary term');
    await until(
      engine,
      `const id = document.querySelector('${TARGET}').getAttribute('popovertarget'); return document.getElementById(id).matches(':popover-open');`,
      'the definition to open',
    );
    await engine.type(TARGET, ESCAPE);
    await until(engine, `return !document.querySelector(':popover-open');`, 'the definition to close on Escape');
    await clickOn(engine, `return document.querySelectorAll('${OPENING} input[type=radio]')[1];`, 'the second answer');
    await until(engine, `return document.querySelectorAll('${OPENING} input[type=radio]')[1].checked;`, 'the answer to be chosen');
    await clickOn(engine, byText(`${OPENING} button`, 'Check my answer'), 'Check my answer');
    await until(engine, `return /✓ Right:/.test(document.querySelector('${OPENING} [role=status]')?.textContent ?? '');`, 'the verdict');
  },

  async 'figure: sorting a business says whether it was right'(engine) {
    const figure = '[data-lesson-figure="sort-businesses"]';
    await engine.goto(lessonWith('data-lesson-figure="sort-businesses"'));
    await clickOn(engine, byText(`${figure} li.sort-card button`, figureStrings.sortBusinesses.choices.customer), 'a sorting choice');
    await until(
      engine,
      `return /^[01] of 1 right so far/.test(document.querySelector('${figure} [role=status]')?.textContent.trim() ?? '');`,
      'the running score',
    );
  },

  async 'quiz: answering every question reaches a result'(engine) {
    await engine.goto('/quiz/');
    await until(engine, `return !!document.querySelector('.quiz[data-ready]');`, 'the quiz to start');
    const questions = await engine.run<number>(`return document.querySelectorAll('.quiz-all-list > li').length;`);
    for (let n = 0; n < questions; n++) {
      await clickThrough(
        engine,
        `return document.querySelectorAll('.quiz-answer input')[${n % 2}];`,
        `an answer to question ${n + 1}`,
        `return document.querySelectorAll('.quiz-answer input')[${n % 2}].checked;`,
        `answer ${n + 1} to be chosen`,
      );
      await clickThrough(
        engine,
        `return document.querySelector('.quiz-step button[type=submit]');`,
        `Next after question ${n + 1}`,
        `return !!document.querySelector('[data-outcome]') || document.querySelector('.quiz').textContent.includes('${n + 2} of ${questions}');`,
        `question ${n + 2}`,
      );
    }
    await until(engine, `return document.querySelector('[data-outcome]')?.getAttribute('data-outcome');`, 'a result');
  },

  async 'knowledge check: ten businesses, each with a verdict, then a summary'(engine) {
    await engine.goto('/quiz/check/?seed=7');
    await until(engine, `return !!document.querySelector('.check[data-ready]');`, 'the check to start');
    await clickOn(engine, `return [...document.querySelectorAll('.check button')].find((b) => /start/i.test(b.textContent));`, 'Start');
    for (let n = 0; n < 10; n++) {
      await clickThrough(
        engine,
        `return document.querySelectorAll('.check-answer')[${n % 3}];`,
        `an answer on business ${n + 1}`,
        `return document.querySelector('.check-feedback h3')?.textContent;`,
        `the verdict on business ${n + 1}`,
      );
      await clickThrough(
        engine,
        `return document.querySelector('.check-feedback .quiz-nav button');`,
        `Next after business ${n + 1}`,
        `return !document.querySelector('.check-feedback') || !!document.querySelector('.check-summary');`,
        `business ${n + 2}`,
      );
    }
    await until(engine, `return !!document.querySelector('.check-summary');`, 'the summary');
  },

  async 'comparison table: a theme and a word filter the rows and the address'(engine) {
    const shown = `[...document.querySelectorAll('table.compare-table:not(.pinned-table) tr.criterion')].filter((r) => r.offsetParent !== null).map((r) => r.id)`;
    await engine.goto('/compare/');
    // The table is plain HTML until a reader first reaches into it: that first click must count.
    const all = await until<number>(engine, `return ${shown}.length;`, 'the table');
    await clickOn(engine, byText('.compare-tools label', 'Money'), 'the Money theme', { firstTouch: true });
    await until(engine, `return location.search === '?theme=money' && ${shown}.length < ${all};`, 'only the money rows');
    await clickOn(
      engine,
      `return [...document.querySelectorAll('input[type=search]')].find((i) => i.labels?.[0]?.textContent.includes('Find words'));`,
      'Find words',
    );
    await engine.type(TARGET, 'premium');
    await until(engine, `return ${shown}.join() === 'pricing' && location.search === '?theme=money&q=premium';`, 'the one premium row');
  },

  async 'simulator: a slider moves the figures and the address'(engine) {
    const value = `document.querySelector('[data-metric="profitDifference"]')?.getAttribute('data-value')`;
    await engine.goto('/simulator/');
    await until(engine, `return !!${value};`, 'the simulator');
    const before = await engine.run<string>(`return ${value};`);
    // The island wakes when first touched, so the click that reaches it also hydrates it.
    await clickOn(engine, `return document.querySelector('#sim-conversionRate-slider');`, 'the conversion slider', { firstTouch: true });
    await until(engine, `return !document.querySelector('astro-island[ssr]');`, 'the simulator to hydrate');
    await engine.type(TARGET, ARROW_RIGHT.repeat(5));
    await until(engine, `return ${value} !== ${JSON.stringify(before)};`, 'the profit difference to change');
    await until(engine, `return new URLSearchParams(location.search).has('s');`, 'the scenario in the address');
  },

  async 'map: choosing a point explains both views'(engine) {
    await engine.goto('/map/');
    await until(engine, `return !!document.querySelector('#the-map[data-ready]');`, 'the map');
    // A point is chosen as a keyboard reader does: WebKit's driver does not click inside an SVG.
    await until(
      engine,
      `const point = [...document.querySelectorAll('#the-map .map-point[data-key="saas"]')].find((p) => p.getBoundingClientRect().width > 0);
       point?.scrollIntoView({ block: 'center', behavior: 'instant' }); point?.focus(); return point && document.activeElement === point;`,
      'the software-as-a-service point to take focus',
    );
    await engine.press(ENTER);
    await until(
      engine,
      `return /Software-as-a-service/.test(document.querySelector('.map-details h3')?.textContent ?? '');`,
      'the point’s details',
    );
  },

  async 'search: the header search finds lessons as you type'(engine) {
    await engine.goto('/');
    await clickOn(engine, `return document.querySelector('header a[data-search-open]');`, 'Search');
    await clickOn(engine, `return document.querySelector('dialog[open] #dialog-search-input');`, 'the search box');
    await engine.type(TARGET, 'lifetime value');
    await until(
      engine,
      `const status = [...document.querySelectorAll('dialog[open] [role=status]')].map((s) => s.textContent).join();
       return /\\d+ results? for “lifetime value”/.test(status) && document.querySelectorAll('dialog[open] [role=listbox] [role=option]').length > 0;`,
      'results for “lifetime value”',
    );
  },

  async 'share: the panel opens with the page’s address and its QR code, and closes'(engine) {
    await engine.goto('/glossary/');
    await clickOn(engine, byText('header button', 'Share'), 'Share');
    await until(
      engine,
      `return document.querySelector('#share-panel')?.checkVisibility() && !!document.querySelector('[data-share-qr] svg') &&
        document.querySelector('[data-share-url]').value === ${JSON.stringify(siteUrl('/glossary/'))};`,
      'the Share panel with its address and QR code',
    );
    await clickOn(engine, byText('#share-panel button', 'Close'), 'Close');
    await until(engine, `return !document.querySelector('#share-panel').checkVisibility();`, 'the Share panel to close');
  },
};
