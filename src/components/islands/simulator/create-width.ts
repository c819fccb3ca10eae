import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

/**
 * The rendered width of an element, so a chart draws at its real size and its text stays
 * readable on a phone. Before the browser measures (and on the server) it is `initial`.
 */
export function createWidth(element: Accessor<HTMLElement | undefined>, initial: number): Accessor<number> {
  const [width, setWidth] = createSignal(initial);
  onMount(() => {
    const el = element();
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry.contentRect.width);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    onCleanup(() => observer.disconnect());
  });
  return width;
}
