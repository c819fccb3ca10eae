import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist } from './built-site.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [relative(dist, join(dir, e.name))],
  );

/** The precache list written into dist/sw.js: each file and the content hash it is kept under. */
function precached(): Map<string, string> {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return new Map([...worker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map((m) => [m[1], m[2] ?? '']));
}

describe('the offline copy', () => {
  it('is built: dist/sw.js lists what it saves', () => {
    expect(existsSync(join(dist, 'sw.js'))).toBe(true);
    expect(precached().size).toBeGreaterThan(20);
  });

  it('saves every page, every script and style, and the whole search index', () => {
    const saved = precached();
    // Embedded views are shown inside other sites' pages, which never install the worker.
    const needed = files(dist)
      .filter((f) => !f.startsWith('embed/'))
      .filter((f) =>
        /\.html$|^_astro\/|^pagefind\/(index|fragment|filter)\/|^pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.en\.pagefind|pagefind-highlight\.js)$/.test(
          f,
        ),
      );
    expect(needed.length).toBeGreaterThan(30);
    // The heading font's WOFF is the fallback for browsers without WOFF2, none of which runs a service worker.
    expect(needed.filter((f) => !saved.has(f) && !f.endsWith('.woff'))).toEqual([]);
  });

  it('keeps each file under a hash of its content, so a new deployment replaces what changed', () => {
    for (const [url, revision] of precached()) {
      const hashedName = /^_astro\/|^pagefind\/(index|fragment|filter)\//.test(url);
      expect(hashedName || /^[0-9a-f]{32}$/.test(revision), url).toBe(true);
    }
  });

  it('leaves out what a reader never needs offline: link-preview images and unused search UIs', () => {
    const saved = [...precached().keys()];
    expect(
      saved.filter((u) => u.startsWith('og/') || /pagefind-(modular-|component-)?ui\.|pagefind-worker\.js|wasm\.unknown/.test(u)),
    ).toEqual([]);
  });
});
