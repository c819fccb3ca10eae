import { fileURLToPath } from 'node:url';
import solid from '@astrojs/solid-js';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Astro's Solid integration (its compiler settings) with a smaller renderer of our own. The stock
 * renderer keeps each island's props in a Solid store, so a page can re-render them, and wraps
 * it in <Suspense> for async data. Our islands render once from static props, and those two
 * features would cost every island page 2.5 KB of gzip it never uses.
 *
 * Follows @astrojs/solid-js 7.0.x (pinned with a tilde range in package.json): every hook of the
 * stock integration is forwarded, and only the renderer it registers is swapped for ours, so a
 * hook added upstream still runs. Check server.ts and client.ts against upstream's when moving
 * to a new minor version.
 */
export function solidIslands() {
  const stock = solid();
  const ours = { clientEntrypoint: here('./client.ts'), serverEntrypoint: here('./server.ts') };
  const hooks = Object.fromEntries(
    Object.entries(stock.hooks).map(([name, hook]) => [
      name,
      name === 'astro:config:setup'
        ? (params) => hook({ ...params, addRenderer: (renderer) => params.addRenderer({ ...renderer, ...ours }) })
        : hook,
    ]),
  );
  return { name: 'solid-islands', hooks };
}
