import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist } from './built-site.ts';

const pages = builtPages();
const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';

describe('every page can be found, shared and read in its language', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s has lang, title, description, canonical and card meta', (_path, { document }) => {
    expect(document.documentElement.lang).toBe('en');
    expect(document.title.trim().length).toBeGreaterThan(3);
    expect(meta(document, 'meta[name="description"]').length).toBeGreaterThan(20);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(meta(document, 'meta[property="og:title"]')).not.toBe('');
    expect(meta(document, 'meta[property="og:description"]')).not.toBe('');
    expect(meta(document, 'meta[name="twitter:card"]')).not.toBe('');
  });

  it('gives every page its own title', () => {
    const titles = pages.map((p) => p.document.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('publishes a sitemap that robots.txt points to, and a search index', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+sitemap-index\.xml/);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('search filters', () => {
  it.each([
    ['/lessons/definitions/', 'Lesson'],
    ['/glossary/', 'Glossary'],
    ['/quiz/', 'Tool'],
    ['/quiz/check/', 'Tool'],
    ['/compare/', 'Tool'],
    ['/simulator/', 'Tool'],
    ['/workshop/', 'Tool'],
    ['/examples/', 'Example'],
    ['/sources/', 'Source'],
  ])('files %s under %s, with its content marked for indexing', (path, type) => {
    const page = pages.find((p) => p.path.endsWith(path) && p.path.length - path.length <= 1 + (process.env.BASE_PATH?.length ?? 0))!;
    expect(page.document.querySelector('main')?.getAttribute('data-pagefind-filter')).toBe(`type:${type}`);
    expect(page.document.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(page.document.querySelector('.site-header')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  // The W3C checker rejects a <meta> with neither name nor property (as a filter in one once was).
  it.each(pages.map((p) => [p.path, p] as const))('%s has only valid <meta> elements', (_path, { document }) => {
    const bare = [...document.querySelectorAll('meta')].filter(
      (m) => !['name', 'property', 'charset', 'http-equiv', 'itemprop'].some((a) => m.hasAttribute(a)),
    );
    expect(bare.map((m) => m.outerHTML)).toEqual([]);
  });

  it('leaves lists that only name other pages out of the index', () => {
    const find = (path: string) =>
      pages.find((p) => p.path.endsWith(path) && p.path.length - path.length <= 1 + (process.env.BASE_PATH?.length ?? 0))!.document;
    const glossaryUsedIn = [...find('/glossary/').querySelectorAll('.glossary-term .meta')];
    expect(glossaryUsedIn.length).toBeGreaterThan(0);
    expect(glossaryUsedIn.every((p) => p.closest('[data-pagefind-ignore]'))).toBe(true);
    expect(find('/sources/').querySelector('.source-list .meta:last-child')?.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect(find('/lessons/').querySelector('.lesson-list')?.closest('[data-pagefind-ignore]')).not.toBeNull();
    // Every glossary entry is a heading with an id, so search can open the entry itself.
    expect(find('/glossary/').querySelectorAll('.glossary-term h2[id]').length).toBe(
      glossaryUsedIn.length > 0 ? find('/glossary/').querySelectorAll('.glossary-term').length : -1,
    );
  });
});
