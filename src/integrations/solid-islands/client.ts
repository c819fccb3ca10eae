import type { Component } from 'solid-js';
import { createComponent, hydrate } from 'solid-js/web';

/**
 * Client half of our Solid renderer (see index.mjs): hydrates a server-rendered island
 * with its props as given. Our islands take no slots and are never client-only.
 */
export default (element: HTMLElement) => (island: Component<Record<string, unknown>>, props: Record<string, unknown>) => {
  if (!element.hasAttribute('ssr')) return;
  const dispose = hydrate(() => createComponent(island, props), element, { renderId: element.dataset.solidRenderId });
  element.addEventListener('astro:unmount', () => dispose(), { once: true });
};
