import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';
import { withBase } from '../../src/lib/paths.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === withBase(base, path))!.document;
const guide = page('/workshop/');

describe('the trainer’s guide', () => {
  it('gives every step of both plans at least one link to show', () => {
    const steps = [...guide.querySelectorAll('.plan [data-step]')];
    expect(steps.length).toBeGreaterThanOrEqual(12);
    for (const step of steps) expect(step.querySelectorAll('a.tool-link').length, step.id).toBeGreaterThan(0);
  });

  it('sends each link to its exact target', () => {
    const links = [...guide.querySelectorAll<HTMLAnchorElement>('a.tool-link')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href'), a.dataset.path).toBe(withBase(base, a.dataset.path!));
  });

  it('is filed under Tool in search, and every page’s footer leads to it', () => {
    expect(guide.querySelector('main')?.getAttribute('data-pagefind-filter')).toBe('type:Tool');
    expect(guide.querySelector('[data-pagefind-body]')).not.toBeNull();
    for (const p of pages) {
      if (p.document.querySelector('.site-footer')) {
        expect(p.document.querySelector(`.site-footer a[href="${withBase(base, '/workshop/')}"]`), p.path).not.toBeNull();
      }
    }
  });

  it('links every worksheet part the plans use to that part of the sheet', () => {
    const sheet = page('/workshop/worksheet/');
    const parts = [...guide.querySelectorAll<HTMLAnchorElement>('.step-worksheet a')].map((a) => a.getAttribute('href')!);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const href of parts) {
      const id = href.split('#')[1];
      expect(sheet.getElementById(id)?.tagName, href).toBe('SECTION');
    }
  });
});

describe('the worksheet', () => {
  const sheet = page('/workshop/worksheet/');

  it('prints the questions but never the answers', () => {
    const text = sheet.querySelector('.worksheet')!.textContent!;
    const guideAnswers = [...guide.querySelectorAll('#answers .answer-list li p:last-child')].map((p) => p.textContent!.trim());
    expect(guideAnswers.length).toBe(3);
    for (const answer of guideAnswers) expect(text).not.toContain(answer.slice(10, 60));
    expect(sheet.querySelectorAll('.classify-table tbody tr')).toHaveLength(3);
    expect(sheet.querySelectorAll('.compare-table td.write-in').length).toBeGreaterThan(4);
  });
});
