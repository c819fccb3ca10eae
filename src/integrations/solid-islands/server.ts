import type { Component } from 'solid-js';
import { NoHydration, createComponent, generateHydrationScript, renderToString } from 'solid-js/web';

type Props = Record<string, unknown>;
interface Metadata {
  hydrate?: string;
  displayName?: string;
}

// Each island on a page gets its own hydration-key prefix, or two islands would claim the same nodes.
const islandCounts = new WeakMap<object, number>();
function nextRenderId(page: object): string {
  const count = islandCounts.get(page) ?? 0;
  islandCounts.set(page, count + 1);
  return `s${count}`;
}

function render(island: Component<Props>, props: Props, renderId: string, hydrate: boolean): string {
  // Our islands render synchronously from their props (no resources to wait for), so there is no
  // <Suspense> boundary to stream, and none for the client to download and replay.
  const tree = () =>
    hydrate
      ? createComponent(island, props)
      : createComponent(NoHydration, {
          get children() {
            return createComponent(island, props);
          },
        });
  return renderToString(tree, { renderId });
}

/** What this renderer leaves out, said at build time rather than found as a blank island. */
function refuseUnsupported(slots: Record<string, unknown> | undefined, metadata: Metadata | undefined) {
  const name = metadata?.displayName ?? 'A Solid island';
  if (slots && Object.values(slots).some((slot) => slot != null && slot !== '')) {
    throw new Error(`${name}: islands here take props only, not children or slots (src/integrations/solid-islands/server.ts).`);
  }
  if (metadata?.hydrate === 'only') {
    throw new Error(`${name}: client:only is not supported; render the island on the server and hydrate it (client:visible).`);
  }
}

/**
 * Server half of our Solid renderer (see index.mjs). Islands take props only: no slots, no
 * children from Astro, and are always rendered on the server first.
 */
export default {
  name: '@astrojs/solid',
  check(this: unknown, island: unknown, props: Props = {}) {
    if (typeof island !== 'function') return false;
    try {
      return typeof render(island as Component<Props>, props ?? {}, '', false) === 'string';
    } catch {
      return false;
    }
  },
  renderToStaticMarkup(
    this: { result: object },
    island: Component<Props>,
    props: Props,
    slots?: Record<string, unknown>,
    metadata?: Metadata,
  ) {
    refuseUnsupported(slots, metadata);
    const hydrate = Boolean(metadata?.hydrate);
    const renderId = hydrate ? nextRenderId(this.result) : '';
    return { attrs: { 'data-solid-render-id': renderId }, html: render(island, props, renderId, hydrate) };
  },
  supportsAstroStaticSlot: true,
  renderHydrationScript: () => generateHydrationScript(),
};
