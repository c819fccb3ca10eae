import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, fileFor } from './built-site.ts';

const pages = builtPages();
const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s has a large card image that exists as a 1200×630 PNG', (_path, { document }) => {
    const image = meta(document, 'meta[property="og:image"]');
    expect(image).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
    const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(new URL(image).origin).toBe(new URL(canonical).origin);
    const file = fileFor(new URL(image).pathname);
    expect(file, `${image} is not in dist`).toBeDefined();
    expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
    expect(meta(document, 'meta[property="og:image:width"]')).toBe('1200');
    expect(meta(document, 'meta[property="og:image:height"]')).toBe('630');
    expect(meta(document, 'meta[property="og:image:alt"]').length).toBeGreaterThan(10);
    expect(meta(document, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta(document, 'meta[name="twitter:image"]')).toBe(image);
  });

  it('gives every lesson a card of its own, naming its place in the course', () => {
    // The addresses of lessons that moved are pages too, but only to send readers on.
    const lessons = pages.filter((p) => /\/lessons\/[^/]+\/$/.test(p.path) && !p.document.querySelector('meta[name="moved-to"]'));
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    const images = lessons.map((p) => meta(p.document, 'meta[property="og:image"]'));
    expect(new Set(images).size).toBe(lessons.length);
    for (const { document } of lessons) expect(meta(document, 'meta[property="og:image:alt"]')).toMatch(/Lesson \d+ of \d+/);
  });

  it.each([
    '/quiz/result/client-based/',
    '/quiz/result/customer-based/',
    '/quiz/result/hybrid/',
    '/workshop/',
    '/compare/',
    '/simulator/',
    '/quiz/',
    '/quiz/check/',
  ])('has a card ready for %s', (path) => {
    const base = pages.find((p) => p.path.endsWith('/lessons/'))!.path.replace(/lessons\/$/, '');
    const file = fileFor(`${base}og/${path.slice(1, -1)}.png`);
    expect(file).toBeDefined();
    expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
  });
});
