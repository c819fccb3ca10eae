import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
async function shot(name, url, { width = 1280, height = 900, dark = false, act, full = false, js = true, print = false } = {}) {
  const ctx = await b.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light', javaScriptEnabled: js });
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4402' + url, { waitUntil: 'networkidle' });
  if (js) await p.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  if (act) await act(p);
  await p.waitForTimeout(1400);
  if (print) { await p.emulateMedia({ media: 'print' }); await p.pdf({ path: `/tmp/cmp-${name}.pdf` }); }
  else await p.screenshot({ path: `/tmp/cmp-${name}.png`, fullPage: full });
  await ctx.close();
}
await shot('desk-pinned', '/compare/?pin=pricing,revenue-model&theme=money', { act: async (p) => { await p.getByRole('checkbox', { name: 'Show consumer column' }).check(); await p.getByRole('button', { name: 'Details for How the money comes in' }).click(); await p.evaluate(() => scrollTo(0, 560)); } });
await shot('desk-dark', '/compare/#exclusivity', { dark: true });
await shot('phone-dark', '/compare/?pin=pricing', { width: 360, height: 780, dark: true, act: async (p) => { await p.evaluate(() => scrollTo(0, 700)); } });
await shot('phone-nojs', '/compare/', { width: 360, height: 780, js: false, act: async (p) => { await p.evaluate(() => scrollTo(0, 500)); } });
await shot('desk-zoom200', '/compare/', { width: 640, height: 450 });
await shot('print', '/compare/?theme=money', { print: true });
await b.close();
