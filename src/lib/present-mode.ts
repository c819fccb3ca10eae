/** Query parameter that turns on presentation mode: `?present=1`. */
export const PRESENT_PARAM = 'present';

/** Whether a URL asks for presentation mode. Only "1" counts; anything else reads as off. */
export function isPresenting(url: URL): boolean {
  return url.searchParams.get(PRESENT_PARAM) === '1';
}

/** The same URL with presentation mode on or off, keeping every other parameter and the #section. */
export function withPresenting(url: URL, on: boolean): URL {
  const next = new URL(url);
  if (on) next.searchParams.set(PRESENT_PARAM, '1');
  else next.searchParams.delete(PRESENT_PARAM);
  return next;
}
