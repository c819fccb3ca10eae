import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { builtPages, fileFor } from './built-site.ts';

const pages = builtPages();
const origin = 'http://site.test';
// Each target page is parsed once, not once per link to it: the lessons link to each other a lot.
const parsed = new Map<string, Document>();
const documentOf = (file: string) => parsed.get(file) ?? parsed.set(file, new JSDOM(readFileSync(file, 'utf8')).window.document).get(file)!;

describe('internal links', () => {
  it.each(pages.map((p) => [p.path, p] as const))('every link and #fragment on %s resolves', (path, { document }) => {
    const broken: string[] = [];
    for (const a of document.querySelectorAll('a[href]')) {
      const url = new URL(a.getAttribute('href')!, origin + path);
      if (url.origin !== origin) continue;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${a.getAttribute('href')} (no page)`);
        continue;
      }
      if (!url.hash) continue;
      const target = file.endsWith('.html') ? documentOf(file) : undefined;
      if (target && !target.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${a.getAttribute('href')} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });
});
