import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(process.argv[2]);
await p.waitForTimeout(2000);
console.log(await p.evaluate((s) => [...document.querySelectorAll(s)].map(e => e.outerHTML).join('\n----\n'), process.argv[3]));
await b.close();
