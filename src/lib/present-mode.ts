/** Query parameter that turns on presentation mode: `?present=1`. */
export const PRESENT_PARAM = 'present';

/**
 * Parameters that belong to the trainer's session rather than to the page: presentation mode,
 * and the workshop plan and step being walked through. Internal links carry them along.
 */
export const SESSION_PARAMS = [PRESENT_PARAM, 'plan', 'step'] as const;

/** Whether a URL asks for presentation mode. Only "1" counts; anything else reads as off. */
export function isPresenting(url: URL): boolean {
  return url.searchParams.get(PRESENT_PARAM) === '1';
}

/**
 * The same URL with presentation mode on or off, keeping every other parameter and the #section.
 * Turning it off also ends a workshop walk-through, which only runs in presentation mode.
 */
export function withPresenting(url: URL, on: boolean): URL {
  const next = new URL(url);
  if (on) next.searchParams.set(PRESENT_PARAM, '1');
  else for (const param of SESSION_PARAMS) next.searchParams.delete(param);
  return next;
}

/** Files a link may point at that are not pages: a presenting link would only clutter them. */
const FILE = /\.(?!html?$)[a-z0-9]+$/i;

/**
 * Where an internal link should go while the page is presenting: the same target with the
 * session's parameters added, so presentation mode stays on until it is turned off. Returns
 * undefined for links to leave alone: when not presenting, other sites, files, or pages
 * outside the site's base path.
 */
export function carryPresenting(target: URL, from: URL, base: string): URL | undefined {
  if (!isPresenting(from)) return undefined;
  if (target.origin !== from.origin || !target.pathname.startsWith(base) || FILE.test(target.pathname)) return undefined;
  const next = new URL(target);
  for (const param of SESSION_PARAMS) {
    const value = from.searchParams.get(param);
    // A link that names its own plan or step (the step bar's Next) keeps what it says.
    if (value !== null && !next.searchParams.has(param)) next.searchParams.set(param, value);
  }
  return next.href === target.href ? undefined : next;
}
