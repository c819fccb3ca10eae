import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  cardAlt,
  cardColours,
  cardFor,
  cardImagePath,
  cardLayout,
  pagePath,
  titleSize,
  type CardNode,
  type LinkCard,
} from '../../src/lib/link-card-layout.ts';

const card = (path: string, title = `Card for ${path}`): LinkCard => ({ path, section: 'Section', title });
const cards = new Map([card('/'), card('/quiz/'), card('/quiz/result/hybrid/'), card('/lessons/definitions/')].map((c) => [c.path, c]));

describe('pagePath', () => {
  it('strips the base path and keeps a trailing slash', () => {
    expect(pagePath('/lessons/definitions/')).toBe('/lessons/definitions/');
    expect(pagePath('/coc/lessons/definitions/', '/coc/')).toBe('/lessons/definitions/');
    expect(pagePath('/coc/', '/coc')).toBe('/');
    expect(pagePath('/coc', '/coc/')).toBe('/');
  });

  it('maps built file names to the page they serve', () => {
    expect(pagePath('/404.html')).toBe('/404/');
    expect(pagePath('/coc/404.html', '/coc/')).toBe('/404/');
    expect(pagePath('/glossary/index.html')).toBe('/glossary/');
    expect(pagePath('/glossary')).toBe('/glossary/');
  });
});

describe('cardImagePath', () => {
  it('names one PNG per page under og/', () => {
    expect(cardImagePath('/')).toBe('og/index.png');
    expect(cardImagePath('/lessons/definitions/')).toBe('og/lessons/definitions.png');
    expect(cardImagePath('/quiz/result/client-based/')).toBe('og/quiz/result/client-based.png');
  });

  it.each(['quiz/', '/quiz', '/Quiz/', '/quiz/../', '/a b/', ''])('refuses "%s", which is not a page path', (path) => {
    expect(() => cardImagePath(path)).toThrow(/Not a page path/);
  });
});

describe('cardFor', () => {
  it('gives a page its own card', () => {
    expect(cardFor(cards, '/quiz/result/hybrid/').path).toBe('/quiz/result/hybrid/');
  });

  it('gives a page without one the card of the nearest page above it', () => {
    expect(cardFor(cards, '/quiz/result/unknown/').path).toBe('/quiz/');
    expect(cardFor(cards, '/quiz/check/').path).toBe('/quiz/');
  });

  it('falls back to the home card for anything else, including a malformed path', () => {
    expect(cardFor(cards, '/workshop/').path).toBe('/');
    expect(cardFor(cards, 'not a path').path).toBe('/');
  });

  it('fails loudly when there is not even a home card', () => {
    expect(() => cardFor(new Map(), '/x/')).toThrow(/home page/);
  });
});

describe('card wording and layout', () => {
  const words = { siteName: 'Client or Customer?', client: 'Client', customer: 'Customer', host: 'example.org' };
  const texts = (node: CardNode | string): string[] =>
    typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child));
  const find = (node: CardNode | string, test: (n: CardNode) => boolean): CardNode[] =>
    typeof node === 'string' ? [] : [...(test(node) ? [node] : []), ...[node.props.children ?? []].flat().flatMap((c) => find(c, test))];

  it('describes the card in words for text-only previews', () => {
    expect(cardAlt('Client or Customer?', { path: '/lessons/x/', section: 'Lesson 3 of 11', title: 'Key differences' })).toBe(
      'Client or Customer? · Lesson 3 of 11: Key differences',
    );
    expect(cardAlt('Client or Customer?', { path: '/', section: 'An explainer', title: 'Know who you serve' })).toBe(
      'Client or Customer?: Know who you serve',
    );
  });

  it('shows the site name, section, title, both colour keys and the host', () => {
    const layout = cardLayout({ path: '/lessons/x/', section: 'Lesson 3 of 11', title: 'Key differences' }, words);
    expect(texts(layout)).toEqual(
      expect.arrayContaining(['Client or Customer?', 'Lesson 3 of 11', 'Key differences', 'Client', 'Customer', 'example.org']),
    );
    expect(layout.props.style).toMatchObject({ width: 1200, height: 630 });
  });

  it('marks a page about one side in that side’s colour', () => {
    const sectionColour = (tone?: LinkCard['tone']) =>
      find(cardLayout({ path: '/q/', section: 'Quiz result', title: 'T', tone }, words), (n) => n.props.children === 'Quiz result')[0].props
        .style?.color;
    expect(sectionColour('client')).toBe(cardColours.client);
    expect(sectionColour('customer')).toBe(cardColours.customer);
    expect(sectionColour()).toBe(cardColours.accent);
  });

  it('sets long titles smaller so they fit', () => {
    const sizes = [10, 30, 50, 80].map((n) => titleSize('x'.repeat(n)));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes[3]);
  });

  it('uses the site’s own light-theme colours', () => {
    const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    const light = (name: string) => css.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i'))?.[1];
    const names = {
      bg: 'bg',
      bgSoft: 'bg-soft',
      text: 'text',
      muted: 'muted',
      line: 'line',
      accent: 'accent',
      client: 'client',
      clientSoft: 'client-soft',
      customer: 'customer',
      customerSoft: 'customer-soft',
    } as const;
    for (const [key, name] of Object.entries(names)) expect(cardColours[key as keyof typeof names], name).toBe(light(name));
  });
});
