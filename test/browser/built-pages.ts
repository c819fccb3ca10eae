import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every page the build wrote, as a path relative to the base ("/", "/lessons/definitions/"),
 * found by walking dist/ for index.html, plus the 404 page. Walking the output rather than a
 * hand-written list means a new page is checked the moment it exists.
 */
export function builtPages(): string[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
  // The comparison rows' embed cards are one template filled 24 times: checking one stands for all.
  const rowCards = pages.filter((p) => /^\/embed\/compare\/[^/]+\/$/.test(p));
  return [...pages.filter((p) => !rowCards.slice(1).includes(p)), '/404.html'];
}

/**
 * Waits until every island on the page has hydrated (client:idle ones included). A client:visible
 * island waits to be seen and a client:use one to be reached into, so each one still waiting is
 * scrolled into view and pointed at, as a reader would.
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('astro-island[ssr]');
      // An island is display: contents, with no box of its own to scroll to: its first child has one.
      const box = waiting?.firstElementChild ?? waiting?.parentElement;
      box?.scrollIntoView();
      // A client:use island waits for a reader to reach into it: a pointer passing over it.
      box?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      return !waiting;
    },
    undefined,
    { polling: 100 },
  );
}

/** Where pages quote a reader's own input back in a notice or keep it in a field to be fixed. */
export const ECHOES = '.quiz-notice, .compare-notices, .sim-notice, .sim-error, .map-notices, input, textarea';

/**
 * Every "NaN", "Infinity" or "undefined" a reader could see: in the page's text (innerText) and
 * in form fields. Notices and fields may quote what the reader's link said (a link that says
 * `?preset=undefined` is told so), so there a word counts only if `input` does not contain it.
 */
export async function brokenValues(page: Page, input = ''): Promise<string[]> {
  return page.evaluate(
    ([echoes, input]) => {
      const WORDS = /NaN|Infinity|undefined/g;
      const given = input.toLowerCase();
      const found: string[] = [];
      const quoted = [...document.querySelectorAll<HTMLElement>(echoes)];
      // Text outside the echoes: hide them while innerText is read, so layout rules still apply.
      const hidden = quoted.map((el) => [el, el.style.display] as const);
      for (const [el] of hidden) el.style.setProperty('display', 'none', 'important');
      found.push(...(document.body.innerText.match(WORDS) ?? []));
      for (const [el, display] of hidden) el.style.display = display;
      for (const el of quoted) {
        const text = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.innerText;
        found.push(
          ...(text.match(WORDS) ?? [])
            .filter((word) => !given.includes(word.toLowerCase()))
            .map((w) => `${w} (in ${el.className || el.tagName})`),
        );
      }
      return found;
    },
    [ECHOES, input] as const,
  );
}
