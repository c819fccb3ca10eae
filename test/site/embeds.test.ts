import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages, dist } from './built-site.ts';
import { headersFor, readHeaderRules, rulesFor } from '../tools/host-headers.ts';
import { EMBED_VIEWS } from '../../src/lib/embed-views.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const rules = readHeaderRules(join(dist, '_headers'));
/** The path a host matches `_headers` against: the file as served from the site's root folder. */
const hostPath = (path: string) => `/${path.slice(base.length)}`;
const isEmbed = (path: string) => hostPath(path).startsWith('/embed/');
const embeds = pages.filter((p) => isEmbed(p.path));

describe('who may frame a page (_headers)', () => {
  it.each(pages.map((p) => [p.path] as const))('%s gets exactly one framing policy', (path) => {
    const policies = rulesFor(rules, hostPath(path)).filter((r) => r.headers.some(([name]) => name === 'Content-Security-Policy'));
    expect(policies.map((r) => r.pattern)).toHaveLength(1);
    const csp = headersFor(rules, hostPath(path))['Content-Security-Policy'];
    expect(csp).toMatch(isEmbed(path) ? /^frame-ancestors \*;/ : /^frame-ancestors 'self';/);
    expect(csp).toContain("object-src 'none'");
  });
  it('keeps the hardening headers on every file, embeds included', () => {
    for (const path of ['/', '/embed/quiz/', '/_astro/x.js'])
      expect(headersFor(rules, path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
  });
});

describe('embedded views', () => {
  it('exist for every embeddable tool and every comparison row', () => {
    for (const view of EMBED_VIEWS) expect(embeds.map((p) => hostPath(p.path))).toContain(view.embed);
    const compare = pages.find((p) => hostPath(p.path) === '/compare/')!.document;
    for (const row of compare.querySelectorAll('tr.criterion'))
      expect(embeds.map((p) => hostPath(p.path))).toContain(`/embed/compare/${row.id}/`);
  });
  it.each(embeds.map((p) => [p.path, p] as const))(
    '%s has no site header, footer or search, and one link to its full page',
    (_path, { document }) => {
      expect(document.querySelector('.site-header, .site-footer, share-panel, dialog')).toBeNull();
      const open = document.querySelectorAll('a[data-embed-open]');
      expect(open).toHaveLength(1);
      expect(open[0].textContent).toContain('Open on Client or Customer?');
      expect(open[0].getAttribute('target')).toBe('_blank');
      const full = open[0].getAttribute('href')!.replace(/#.*/, '');
      expect(new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(full);
      expect(document.querySelector('h1')?.textContent?.trim()).toBeTruthy();
    },
  );
  it('are left out of search and the sitemap', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
    for (const { document } of embeds) expect(document.querySelector('[data-pagefind-body]')).toBeNull();
  });
  it('offer their embed code from Share on each tool page, and nowhere else', () => {
    const tools = new Set<string>(EMBED_VIEWS.map((v) => v.page));
    for (const { path, document } of pages.filter((p) => !isEmbed(p.path))) {
      expect(!!document.querySelector('[data-share-embed]'), path).toBe(tools.has(hostPath(path)));
    }
  });
});
