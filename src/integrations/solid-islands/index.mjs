import { fileURLToPath } from 'node:url';
import solid from '@astrojs/solid-js';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Astro's Solid integration (its compiler settings) with a smaller renderer of our own. The stock
 * renderer keeps each island's props in a Solid store, so a page can re-render them, and wraps
 * it in <Suspense> for async data. Our islands render once from static props, and those two
 * features would cost every island page 2.5 KB of gzip it never uses.
 */
export function solidIslands() {
  const stock = solid();
  return {
    name: 'solid-islands',
    hooks: {
      'astro:config:setup': (params) =>
        stock.hooks['astro:config:setup']({
          ...params,
          addRenderer: (renderer) =>
            params.addRenderer({ ...renderer, clientEntrypoint: here('./client.ts'), serverEntrypoint: here('./server.ts') }),
        }),
      'astro:config:done': (params) => stock.hooks['astro:config:done'](params),
    },
  };
}
