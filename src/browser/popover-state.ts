/** The class popover-fallback.ts puts on an open popover where the browser has no Popover API. */
export const OPEN_CLASS = 'popover-open';

/**
 * Whether a popover is open, in every engine: `:popover-open` is not even a valid selector where
 * the API is missing, and asking about it there throws.
 */
export function popoverOpen(popover: Element): boolean {
  if (popover.classList.contains(OPEN_CLASS)) return true;
  try {
    return popover.matches(':popover-open');
  } catch {
    return false;
  }
}
