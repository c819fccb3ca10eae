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

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s lists the hash of each inline stylesheet and of nothing it lacks',
    (_path, { document }) => {
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const listed = policy.match(/'sha256-[^']+'/g) ?? [];
      const carried = new Set(
        [...document.querySelectorAll('script:not([src]), style')].map(
          (e) =>
            `'sha256-${createHash('sha256')
              .update(e.textContent ?? '')
              .digest('base64')}'`,
        ),
      );
      expect(listed.filter((hash) => !carried.has(hash))).toEqual([]);
      const styleSrc = policy.split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
      const unhashed = [...document.querySelectorAll('style')].filter(
        (s) =>
          !styleSrc.includes(
            `sha256-${createHash('sha256')
              .update(s.textContent ?? '')
              .digest('base64')}`,
          ),
      );
      expect(unhashed.map((s) => (s.textContent ?? '').slice(0, 80))).toEqual([]);
    },
  );
});
