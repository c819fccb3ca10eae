/**
 * Scrolls the least distance that shows an element whole, so the next step a reader needs (a
 * Next button, the feedback on an answer) is on screen without them hunting for it. Smooth
 * only where the reader has not asked for reduced motion.
 */
export function keepInView(element: Element | null | undefined): void {
  if (!element || typeof element.scrollIntoView !== 'function') return;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
