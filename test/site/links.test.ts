import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from './built-site.ts';

const pages = builtPages();
const origin = 'http://site.test';
/** Every id on every built page, by file, so fragment checks do not re-read pages. */
const idsByFile = new Map(pages.map((p) => [p.file, new Set([...p.document.querySelectorAll('[id]')].map((el) => el.id))]));

describe('internal links', () => {
  it.each(pages.map((p) => [p.path, p] as const))('every link and #fragment on %s resolves', (path, { document }) => {
    const broken: string[] = [];
    for (const a of document.querySelectorAll('a[href]')) {
      const url = new URL(a.getAttribute('href')!, origin + path);
      if (url.origin !== origin) continue;
      const file = fileFor(url.pathname);
      if (!file) broken.push(`${a.getAttribute('href')} (no page)`);
      else if (url.hash && idsByFile.has(file) && !idsByFile.get(file)!.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${a.getAttribute('href')} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
