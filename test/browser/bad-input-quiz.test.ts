import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { brokenValues, islandsHydrated } from './built-pages.ts';
import { siteUrl, visit } from './site.ts';
import { LAST_RESULT_KEY } from '../../src/lib/last-result.ts';
import { PROGRESS_KEY } from '../../src/lib/reading-progress.ts';
import { SINGLE_KEY_SHORTCUTS_KEY } from '../../src/lib/search-shortcuts.ts';
import { ALL, PAYLOADS, SHAPE, injected, openTab, tamperedLinks } from './bad-input.ts';

// Tampered links to the quizzes, and corrupt saved data (see bad-input.ts).

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

tamperedLinks('/quiz/', () => browser);
tamperedLinks('/quiz/check/', () => browser);

describe('corrupt saved data', () => {
  const CORRUPT = [
    '{"a":',
    'null',
    '42',
    '[]',
    '{}',
    'NaN',
    '\u0000',
    '{"__proto__": {"polluted": 1}, "a": "11a", "outcome": "client-based"}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"a": 5, "outcome": "client-based"}',
    `{"a": "${ALL}", "outcome": "toString"}`,
    `{"a": "${ALL}", "outcome": "${PAYLOADS[0].replace(/"/g, '\\"')}"}`,
    `["definitions", 5, null, "${PAYLOADS[1].replace(/"/g, '\\"')}", "../../etc"]`,
    'x'.repeat(200_000),
  ];
  const KEYS = [LAST_RESULT_KEY, PROGRESS_KEY, SINGLE_KEY_SHORTCUTS_KEY];

  /** The pages that read each key, and what a reader should see with nothing usable stored. */
  const READERS: { path: string; sane: (page: Page) => Promise<unknown> }[] = [
    {
      path: '/quiz/',
      sane: async (page) => {
        await page.waitForSelector('.quiz[data-ready]');
        return {
          answers: await page.locator('.quiz-answer:not(.quiz-answer-unsure)').count(),
          offer: await page.locator('.quiz-offer').count(),
        };
      },
    },
    {
      path: '/lessons/',
      sane: async (page) => ({
        // Only a real lesson id gets its tick; the one valid id in the mixed list above does.
        ticked: await page
          .locator('[data-lesson]:has([data-opened-mark]:not([hidden]))')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.lesson)),
        // Single-key search shortcuts (read on every page) stay on unless the setting says exactly "off".
        shortcuts: await page.locator('[data-single-key]').isChecked(),
      }),
    },
    {
      path: '/lessons/definitions/',
      // Opening a lesson rewrites the list as clean JSON holding this lesson.
      sane: (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY),
    },
  ];

  it.each(CORRUPT.map((v) => [v.length > 50 ? `${v.slice(0, 20)}… (${v.length} characters)` : v, v] as const))(
    'every page that reads saved data loads sanely with %s in every key',
    async (_, value) => {
      const { context, page, errors } = await openTab(browser);
      // Before any of the site's scripts on every page load, so each page reads the corrupt value.
      await context.addInitScript(([keys, value]) => keys.forEach((k) => localStorage.setItem(k, value)), [KEYS, value] as const);
      const seen: Record<string, unknown> = {};
      for (const { path, sane } of READERS) {
        await visit(page, path);
        await islandsHydrated(page);
        seen[path] = await sane(page);
        expect(await brokenValues(page), path).toEqual([]);
        expect(await injected(page), path).toEqual([]);
      }
      const mixed = value.startsWith('["definitions"');
      // A full set of answers is a result whatever else the copy says: its outcome is worked out from them.
      const answers = value.includes(`"a": "${ALL}"`);
      expect(seen).toEqual({
        '/quiz/': { answers: SHAPE[0], offer: answers ? 1 : 0 },
        '/lessons/': { ticked: mixed ? ['definitions'] : [], shortcuts: true },
        '/lessons/definitions/': ['definitions'],
      });
      await expect(page.evaluate(() => (({}) as Record<string, unknown>).polluted)).resolves.toBeUndefined();
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('a sound saved result is still offered, so the checks above can tell', async () => {
    const { context, page } = await openTab(browser);
    await page.goto(siteUrl('/404.html'));
    await page.evaluate(([key, a]) => localStorage.setItem(key, JSON.stringify({ a })), [LAST_RESULT_KEY, ALL] as const);
    await page.goto(siteUrl('/quiz/'));
    await page.waitForSelector('.quiz[data-ready]');
    await expect(page.locator('.quiz-offer').count()).resolves.toBe(1);
    await context.close();
  });
});
