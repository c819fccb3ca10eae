import { describe, expect, it } from 'vitest';
import { EMBED_VIEWS, HEIGHT_MESSAGE, embedSnippet, embedTarget, embedViewFor } from '../../src/lib/embed-views.ts';

const rows = new Set(['pricing', 'agreements']);

describe('embedTarget', () => {
  it('embeds each tool page in its chromeless view', () => {
    for (const view of EMBED_VIEWS) expect(embedTarget(view.page, '', '')?.path).toBe(view.embed);
  });
  it('keeps the tool’s own state and drops the trainer’s session', () => {
    expect(embedTarget('/simulator/', '?preset=bank&present=1&plan=p45&step=3&highlight=fee', '')?.path).toBe(
      '/embed/simulator/?preset=bank',
    );
    expect(embedTarget('/quiz/', '?a=12c&present=1', '')?.path).toBe('/embed/quiz/?a=12c');
  });
  it('embeds the comparison row named in the address on its own', () => {
    expect(embedTarget('/compare/', '', '#pricing', rows)).toMatchObject({ path: '/embed/compare/pricing/', row: 'pricing' });
    expect(embedTarget('/compare/', '?pin=agreements', '', rows)).toMatchObject({ path: '/embed/compare/agreements/', row: 'agreements' });
  });
  it('embeds the whole table when the address names no single known row', () => {
    expect(embedTarget('/compare/', '?pin=pricing,agreements', '#nonsense', rows)).toMatchObject({
      path: '/embed/compare/?pin=pricing%2Cagreements',
    });
    expect(embedTarget('/compare/', '', '#%E0%A4%A', rows)?.path).toBe('/embed/compare/');
  });
  it('offers nothing on pages that are not embeddable tools', () => {
    expect(embedTarget('/lessons/definitions/', '', '')).toBeUndefined();
    expect(embedViewFor('/embed/map/')?.page).toBe('/map/');
  });
});

describe('embedSnippet', () => {
  const src = new URL('https://example.org/embed/quiz/?a=1');
  it('writes a titled, lazy frame at the starting height', () => {
    const code = embedSnippet(src, 'Classify "your" business', 640);
    expect(code).toContain(
      '<iframe src="https://example.org/embed/quiz/?a=1" title="Classify &quot;your&quot; business" width="100%" height="640"',
    );
    expect(code).toContain('loading="lazy"');
  });
  it('resizes only the frame that sent the message, only from the embed’s origin', () => {
    {
      const frames = [
        { contentWindow: {}, style: { height: '' } },
        { contentWindow: {}, style: { height: '' } },
      ];
      const listeners: ((e: object) => void)[] = [];
      const script = /<script>([\s\S]*)<\/script>/.exec(embedSnippet(src, 'Quiz', 640))![1];
      new Function('addEventListener', 'document', script)((_: string, fn: (e: object) => void) => listeners.push(fn), {
        getElementsByTagName: () => frames,
      });
      const send = (origin: string, data: unknown, source = frames[1].contentWindow) => listeners[0]({ origin, data, source });
      send('https://elsewhere.test', { type: HEIGHT_MESSAGE, height: 500 });
      send('https://example.org', { type: 'other', height: 500 });
      send('https://example.org', { type: HEIGHT_MESSAGE, height: 5 });
      send('https://example.org', { type: HEIGHT_MESSAGE, height: 'tall' });
      expect(frames.map((f) => f.style.height)).toEqual(['', '']);
      send('https://example.org', { type: HEIGHT_MESSAGE, height: 812.4 });
      expect(frames.map((f) => f.style.height)).toEqual(['', '813px']);
    }
  });
  it('cannot be broken out of by a title or address', () => {
    const code = embedSnippet(new URL('https://example.org/embed/quiz/?x="></iframe><script>'), '</script><b>', 640);
    expect(code.match(/<script>/g)).toHaveLength(1);
    expect(code).not.toContain('<b>');
  });
});
