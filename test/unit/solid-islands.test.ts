import { describe, expect, it } from 'vitest';
import solid from '@astrojs/solid-js';
import { ssr, escape } from 'solid-js/web';
import renderer from '../../src/integrations/solid-islands/server.ts';
import { solidIslands } from '../../src/integrations/solid-islands/index.mjs';

// Islands written without JSX, as Solid's compiler would emit them for the server.
const Greeting = (props: { name: string }) => ssr(['<p>Hello ', '</p>'], escape(props.name));
const List = (props: { items: string[] }) => ssr(['<ul>', '</ul>'], props.items.map((i) => `<li>${escape(i)}</li>`).join(''));

describe('our Solid island renderer', () => {
  it('recognises a component using the props Astro passes', () => {
    expect(renderer.check.call({}, List, { items: ['a'] })).toBe(true);
    expect(renderer.check.call({}, 'not a component', {})).toBe(false);
  });

  it('gives each hydrated island on a page its own hydration-key prefix', () => {
    const page = { result: {} };
    const first = renderer.renderToStaticMarkup.call(page, Greeting as never, { name: 'Ada' }, {}, { hydrate: 'visible' });
    const second = renderer.renderToStaticMarkup.call(page, Greeting as never, { name: 'Bo' }, {}, { hydrate: 'visible' });
    expect(first.attrs['data-solid-render-id']).toBe('s0');
    expect(second.attrs['data-solid-render-id']).toBe('s1');
    expect(first.html).toContain('Hello Ada');
    const other = renderer.renderToStaticMarkup.call({ result: {} }, Greeting as never, { name: 'Cy' }, {}, { hydrate: 'visible' });
    expect(other.attrs['data-solid-render-id']).toBe('s0');
  });

  it('renders an island without hydration keys when it is not hydrated', () => {
    const out = renderer.renderToStaticMarkup.call({ result: {} }, List as never, { items: ['x', '<y>'] }, {}, {});
    expect(out.attrs['data-solid-render-id']).toBe('');
    expect(out.html).toBe('<ul><li>x</li><li>&lt;y></li></ul>');
  });

  it('refuses slots and client:only with a message naming the island', () => {
    expect(() =>
      renderer.renderToStaticMarkup.call(
        { result: {} },
        Greeting as never,
        { name: 'A' },
        { default: '<b>child</b>' },
        { displayName: 'Greeting' },
      ),
    ).toThrow(/Greeting: islands here take props only/);
    expect(() =>
      renderer.renderToStaticMarkup.call(
        { result: {} },
        Greeting as never,
        { name: 'A' },
        {},
        { hydrate: 'only', displayName: 'Greeting' },
      ),
    ).toThrow(/client:only is not supported/);
  });

  it('forwards every hook of the stock integration and swaps only the renderer', async () => {
    const ours = solidIslands();
    expect(Object.keys(ours.hooks).sort()).toEqual(Object.keys(solid().hooks).sort());
    const added: { name: string; serverEntrypoint: string | URL; clientEntrypoint?: string | URL }[] = [];
    await (ours.hooks['astro:config:setup'] as (p: unknown) => Promise<void>)({
      command: 'build',
      config: { root: new URL('../../', import.meta.url) },
      addRenderer: (r: (typeof added)[number]) => added.push(r),
      updateConfig: () => {},
      injectScript: () => {},
      logger: { warn: () => {} },
    });
    expect(added).toHaveLength(1);
    expect(String(added[0].serverEntrypoint)).toMatch(/solid-islands\/server\.ts$/);
    expect(String(added[0].clientEntrypoint)).toMatch(/solid-islands\/client\.ts$/);
  });
});
