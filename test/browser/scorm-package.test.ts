import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import type { Browser, FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { freePort } from './serve-dist.ts';
import { PACKAGE_PATH } from '../../src/lib/scorm-download.ts';

// An LMS in miniature: scorm-again's SCORM 1.2 run-time on the course page's window.API, and the
// unpacked package served from a folder deep inside the "LMS", the way Moodle serves one, in a frame.
const COURSE_FOLDER = '/pluginfile.php/7/mod_scorm/content/3/';
const require = createRequire(import.meta.url);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'text/xml',
};

const harness = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.scormCalls = [];
  for (const name of ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
    const call = window.API[name].bind(window.API);
    window.API[name] = (...args) => { const result = call(...args); window.scormCalls.push([name, ...args, result]); return result; };
  }
</script></head><body><iframe src="${COURSE_FOLDER}index.html" title="Course" style="width:1280px;height:800px;border:0"></iframe></body></html>`;

let root: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lms-'));
  const zip = unzipSync(readFileSync(new URL(`../../dist/${PACKAGE_PATH}`, import.meta.url)));
  for (const [name, data] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    const file = join(root, COURSE_FOLDER, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  writeFileSync(join(root, 'course.html'), harness);
  writeFileSync(join(root, 'scorm12.js'), readFileSync(require.resolve('scorm-again/scorm12')));
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://lms').pathname));
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the SCORM package in an LMS', () => {
  it('reports the page, the lesson check, the knowledge check score and pass or fail to a SCORM 1.2 run-time', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(`${origin}${COURSE_FOLDER}`) &&
        !request.url().startsWith(`${origin}/course.html`) &&
        !request.url().endsWith('/scorm12.js')
      )
        outside.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A blocked inline script or style (the pages' security policy, hashed at build) is logged as an error.
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('response', (response) => void (response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`)));
    await page.goto(`${origin}/course.html`);
    const course: FrameLocator = page.frameLocator('iframe').frameLocator('iframe');

    // A lesson, and its first check answered.
    await course.getByRole('link', { name: 'Finding and winning them: two journeys' }).first().click();
    const check = course.locator('lesson-check').first();
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Check' }).click();
    await check.locator('[role=status], output, .lesson-check-result').first().waitFor();

    // The knowledge check, played to its score.
    await course.getByRole('link', { name: 'Knowledge check' }).first().click();
    await course.locator('.check[data-ready]').waitFor();
    await course.getByRole('button', { name: 'Start the round' }).click();
    for (let i = 0; i < 10; i++) {
      await course.getByRole('button', { name: 'It depends' }).click();
      await course.locator('.check-feedback button').click();
    }
    const scoreText = (await course.locator('.check-score').textContent()) ?? '';
    const [, right, total] = /(\d+)\D+(\d+)/.exec(scoreText)!;
    const expected = Math.round((Number(right) / Number(total)) * 100);

    const value = (element: string) =>
      page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);
    await expect.poll(() => value('cmi.core.score.raw')).toBe(String(expected));
    expect(await value('cmi.core.lesson_status')).toBe(expected >= 80 ? 'passed' : 'failed');
    expect(await value('cmi.core.lesson_location')).toBe('quiz/check/index.html');
    const progress = JSON.parse(await value('cmi.suspend_data'));
    expect(progress.l).toContain('winning');
    expect(progress.c.length).toBe(1);

    // Leaving the course ends the session.
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    const calls = await page.evaluate(() => (window as unknown as { scormCalls: unknown[][] }).scormCalls);
    console.log(
      `SCORM calls, in order:\n${calls
        .map(
          (c) =>
            `  ${c[0]}(${c
              .slice(1, -1)
              .map((a) => JSON.stringify(a))
              .join(', ')}) → ${JSON.stringify(c.at(-1))}`,
        )
        .join('\n')}`,
    );
    expect(calls[0]).toEqual(['LMSInitialize', '', 'true']);
    expect(calls.at(-1)).toEqual(['LMSFinish', '', 'true']);
    expect(calls.filter((c) => c[0] === 'LMSSetValue').every((c) => c.at(-1) === 'true')).toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens as a plain copy of the course when there is no LMS', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(`${origin}${COURSE_FOLDER}index.html`);
    const course = page.frameLocator('iframe');
    await course.getByRole('link', { name: 'Knowledge check' }).first().click();
    await course.getByRole('button', { name: 'Start the round' }).click();
    await expect(course.locator('.check-name').textContent()).resolves.not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
