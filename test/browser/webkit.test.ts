import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { inject } from 'vitest';
import { Builder, By, error as seleniumError, type WebDriver } from 'selenium-webdriver';
import { flows, type Engine } from './engine-flows.ts';
import { siteUrl } from './site.ts';
import { freePort } from './serve-dist.ts';

// WebKit (WebKitGTK, Safari's engine; Debian's webkit2gtk-driver, found or installed by
// test/tools/find-engines.mjs) through WebKitWebDriver: one session for every flow, run in order.
let driverProcess: ChildProcess;
let driver: WebDriver;

/**
 * A click, asked again while WebKit still calls the ready element not interactable (it can, for a
 * moment after a scroll); any other error, or the same one for two seconds, fails the flow.
 */
async function click(css: string) {
  for (let tries = 0; ; tries++) {
    try {
      return await driver.findElement(By.css(css)).click();
    } catch (error) {
      if (!(error instanceof seleniumError.ElementNotInteractableError) || tries >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const engine: Engine = {
  goto: (path) => driver.get(siteUrl(path)),
  run: (body) => driver.executeScript(body),
  click,
  type: async (css, text) => driver.findElement(By.css(css)).sendKeys(text),
  press: (keys) => driver.actions().sendKeys(keys).perform(),
};

/** Waits for the driver to answer on its port, or for it to end with an error. */
async function ready(url: string) {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver ended with code ${driverProcess.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 30 s');
}

beforeAll(async () => {
  const [command, ...args] = inject('webkitDriver');
  const port = await freePort();
  driverProcess = spawn(command, [...args, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await ready(url);
  driver = await new Builder()
    .usingServer(url)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args: ['--automation'] } })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 800 });
  const caps = await driver.getCapabilities();
  console.log(`[engines] WebKitGTK ${caps.get('browserVersion')}`);
}, 120_000);
afterAll(async () => {
  await driver?.quit();
  // The driver and, under xvfb-run, its display: the whole group this file started.
  if (driverProcess?.pid) process.kill(-driverProcess.pid);
});

describe('WebKit', () => {
  for (const [name, flow] of Object.entries(flows)) it(name, () => flow(engine), 90_000);
});
