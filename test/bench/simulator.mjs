// Simulator speed: how long one recompute takes, and whether dragging a slider keeps the page
// responsive. Run with `npm run bench:simulator` after `npm run build`.
// Node 24 strips TypeScript types itself, so the model is imported straight from src/lib.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { launchOptions } from '../tools/find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scenario = {
  customers: 5000,
  clients: 20,
  newCustomers: 300,
  customerCostToWin: 60,
  purchasesPerMonth: 1,
  orderValue: 29,
  productMargin: 0.85,
  customerChurn: 0.04,
  conversionRate: 0.003,
  clientFee: 1500,
  serviceCost: 600,
  clientCostToWin: 5000,
  referralRate: 0.01,
  clientChurn: 0.015,
  months: 120,
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x) => `${x.toFixed(4)} ms`;

// 1. The model alone: one recompute is the programme run plus the baseline run, 120 months each.
{
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += simulateConversion({ ...scenario, clients: i % 7 }).profitDifference;
  const samples = [];
  for (let i = 0; i < 5000; i++) {
    const start = performance.now();
    sink += simulateConversion({ ...scenario, clients: i % 7 }).profitDifference;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `Simulator recompute, 120 months with baseline (5,000 runs): median ${ms(quantile(samples, 0.5))}, p95 ${ms(quantile(samples, 0.95))}, max ${ms(samples.at(-1))}${sink ? '' : ' '}`,
  );
}

// 2. The page: drag a slider in headless Chromium and watch for long tasks (over 50 ms).
if (!existsSync(`${root}dist/simulator/index.html`)) {
  console.log('Simulator page: skipped, no built site in dist/ (run `npm run build` first).');
} else {
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const url = `http://127.0.0.1:${server.port}${base}simulator/`;
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__bench = { longTasks: [], events: [] };
      new PerformanceObserver((list) => window.__bench.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
      });
      new PerformanceObserver((list) => window.__bench.events.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'event',
        durationThreshold: 16,
      });
    });
    await page.goto(`${url}?months=120`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    const slider = page.locator('#sim-conversionRate-slider');

    /**
     * Drags the slider end to end four times (244 steps) and reports what the page went through.
     * The control run makes the same moves over plain text with no button down: its long tasks
     * are the machine's own noise (a busy shared machine shows some), not the simulator's.
     */
    async function drag(label, target = slider, press = true) {
      await page.evaluate(() => {
        window.__bench.longTasks = [];
        window.__bench.events = [];
      });
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 4, y);
      if (press) await page.mouse.down();
      for (let pass = 0; pass < 4; pass++) {
        const [from, to] = pass % 2 ? [box.width - 4, 4] : [4, box.width - 4];
        for (let step = 0; step <= 60; step++) await page.mouse.move(box.x + from + ((to - from) * step) / 60, y);
      }
      if (press) await page.mouse.up();
      await page.waitForTimeout(500);
      const { longTasks, events } = await page.evaluate(() => window.__bench);
      const longest = longTasks.length ? `${Math.max(...longTasks).toFixed(0)} ms (${longTasks.length} over 50 ms)` : 'none over 50 ms';
      const slowest = events.length ? `${Math.max(...events).toFixed(0)} ms` : 'under 16 ms';
      console.log(`Simulator slider drag, 120 months, ${label}: longest task ${longest}; slowest input to next paint ${slowest}`);
    }

    /** The work one slider step causes, timed inside the page: model, DOM updates, charts (and table). */
    async function perStep(label) {
      const { median, max } = await page.evaluate(() => {
        const input = document.querySelector('#sim-conversionRate-slider');
        const times = [];
        for (let i = 0; i < 200; i++) {
          input.value = String((i % 50) * 0.4);
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return { median: times[100], max: times[199] };
      });
      console.log(`Simulator one slider step in the page, ${label} (200 steps): median ${ms(median)}, max ${ms(max)}`);
    }

    await drag('control, moving over plain text', page.locator('.sim-method p').first(), false);
    await drag('month table folded');
    await perStep('month table folded');
    await page.locator('#month-table summary').click();
    await drag('month table open');
    await perStep('month table open');
  } finally {
    await browser.close();
    await server.stop();
  }
}
