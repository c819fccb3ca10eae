import { SESSION_PARAMS } from './present-mode.ts';

/**
 * Parameters any page may carry for site-wide features: presentation mode and the workshop step being shown, and the words a
 * search result highlights. A page's own link reader must not call them unknown.
 */
export const SITE_WIDE_PARAMS: readonly string[] = [...SESSION_PARAMS, 'highlight'];

/**
 * A query string with some parameters set or removed and every other one kept, so a feature
 * that owns `a` and `q` leaves other features' parameters (such as a presentation mode) alone.
 * Returns '' or a string starting with '?'.
 */
export function replaceParams(search: string, update: Readonly<Record<string, string | null>>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(update)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Just the site-wide parameters of a query string, as `a=1&b=2` (no '?'), for a page that rewrites its own. */
export function siteWideParams(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of SITE_WIDE_PARAMS) for (const value of params.getAll(name)) kept.append(name, value);
  return kept.toString();
}

/**
 * The query string a tool page writes: its own parameters plus the site-wide ones it was opened
 * with; anything else (stale or foreign parameters) is dropped. `own` is a query without '?' or a
 * record where null removes. Returns '' or a string starting with '?'.
 */
export function pageQuery(current: string, own: string | Readonly<Record<string, string | null>>): string {
  const ownQuery = typeof own === 'string' ? own : replaceParams('', own).slice(1);
  const query = [ownQuery, siteWideParams(current)].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
