import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { builtPages } from './built-site.ts';

const pages = builtPages();

describe('content security policy on every page', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s allows only its own hashed inline scripts', (_path, { document }) => {
    const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toMatch(/default-src 'self'/);
    const unhashed = [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .filter((code) => !scriptSrc.includes(`sha256-${createHash('sha256').update(code).digest('base64')}`));
    expect(unhashed.map((c) => c.slice(0, 80))).toEqual([]);
    expect(document.querySelectorAll('[onclick], [onload], [onerror], [onchange], [oninput]').length).toBe(0);
  });
});
