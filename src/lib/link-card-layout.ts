/**
 * Link-preview cards: the picture a chat app, slide tool or social site shows when a page's
 * link is pasted. Each card names the site, the section ("Lesson 3 of 11", "Glossary", "Tool")
 * and the page title. This file decides which card a page gets and what a card looks like;
 * drawing it as a PNG happens at build time in src/server/link-card-image.ts.
 */

export interface LinkCard {
  /** Root-relative page path, always with a trailing slash: "/", "/lessons/definitions/". */
  path: string;
  /** The small line above the title. */
  section: string;
  /** The large line. */
  title: string;
  /** Which side of the distinction the page is about, if one: colours the section line and a bar beside the title. */
  tone?: 'client' | 'customer' | 'both';
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const PAGE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;

/** True for a root-relative page path such as "/quiz/result/hybrid/". */
export const isPagePath = (path: string): boolean => PAGE_PATH.test(path);

/**
 * The page path a URL pathname stands for, without the base path: "/coc/lessons/x/" → "/lessons/x/",
 * "/404.html" → "/404/", "/coc" → "/".
 */
export function pagePath(pathname: string, base = '/'): string {
  const head = base.replace(/\/?$/, '/');
  let path = pathname.startsWith(head) ? pathname.slice(head.length - 1) : pathname === head.slice(0, -1) ? '/' : pathname;
  path = path.replace(/index\.html$/, '').replace(/\.html$/, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  return path.endsWith('/') ? path : `${path}/`;
}

/** Where a card's image lives, relative to the site root: "/" → "og/index.png", "/lessons/x/" → "og/lessons/x.png". */
export function cardImagePath(path: string): string {
  if (!isPagePath(path)) throw new Error(`Not a page path: "${path}" (use /lower-case-words/ ending in a slash)`);
  return `og/${path === '/' ? 'index' : path.slice(1, -1)}.png`;
}

/**
 * The card for a page: its own if it has one, else the card of the nearest page above it
 * (so "/quiz/result/other/" shows the quiz's card), else the home page's.
 */
export function cardFor(cards: ReadonlyMap<string, LinkCard>, path: string): LinkCard {
  let here = isPagePath(path) ? path : '/';
  for (;;) {
    const card = cards.get(here);
    if (card) return card;
    if (here === '/') throw new Error('No link card for the home page "/"');
    here = here.replace(/[^/]+\/$/, '');
  }
}

/** Words a screen reader or a text-only preview gives for the card image. */
export const cardAlt = (siteName: string, card: LinkCard): string =>
  card.path === '/' ? `${siteName}: ${card.title}` : `${siteName} · ${card.section}: ${card.title}`;

/** Title size in pixels: long titles get smaller type so they fit in three lines. */
export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 28) return 84;
  if (n <= 48) return 72;
  if (n <= 70) return 62;
  return 52;
}

/**
 * The site's light-theme colours, as in src/styles/global.css (a unit test keeps them equal).
 * A card is a picture, so it has one look whatever the viewer's colour scheme.
 */
export const cardColours = {
  bg: '#fdfcf9',
  bgSoft: '#f4f1ea',
  text: '#1a1f27',
  muted: '#545b66',
  line: '#d9d4c9',
  accent: '#1c4fb0',
  client: '#0d6b5b',
  clientSoft: '#e2f3ef',
  customer: '#8a4b00',
  customerSoft: '#fbefdf',
} as const;

/** An element tree in the shape satori draws (what JSX would produce), built without JSX. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const el = (type: string, style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

export interface CardWording {
  siteName: string;
  /** The two words whose difference the site teaches, shown as the colour key at the foot. */
  client: string;
  customer: string;
  /** Host name shown at the foot, e.g. "client-or-customer.example". */
  host: string;
}

/** The card's layout: site name, section, title, and the client/customer colour pair at the foot. */
export function cardLayout(card: LinkCard, words: CardWording): CardNode {
  const c = cardColours;
  const chip = (label: string, colour: string, soft: string) =>
    el(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '8px 20px',
        borderRadius: 999,
        background: soft,
        color: colour,
        fontSize: 26,
        fontWeight: 700,
      },
      [el('div', { width: 16, height: 16, borderRadius: 999, background: colour }), label],
    );
  const sectionColour = card.tone === 'client' ? c.client : card.tone === 'customer' ? c.customer : c.accent;
  const toneBar = (tone: NonNullable<LinkCard['tone']>) =>
    el('div', { display: 'flex', flexDirection: 'column', width: 12, height: 220, borderRadius: 6, overflow: 'hidden' }, [
      el('div', { flex: 1, background: tone === 'customer' ? c.customer : c.client }),
      el('div', { flex: 1, background: tone === 'client' ? c.client : c.customer }),
    ]);

  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      background: c.bg,
      fontFamily: 'Inter',
      color: c.text,
    },
    [
      el('div', { display: 'flex', height: 14 }, [
        el('div', { flex: 1, background: c.client }),
        el('div', { flex: 1, background: c.customer }),
      ]),
      el('div', { flex: 1, display: 'flex', flexDirection: 'column', padding: '48px 72px 40px' }, [
        el('div', { display: 'flex', alignItems: 'center', gap: 18 }, [
          el(
            'div',
            {
              width: 56,
              height: 56,
              borderRadius: 12,
              background: c.accent,
              color: '#ffffff',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 30,
              fontWeight: 800,
            },
            'C?',
          ),
          el('div', { fontSize: 34, fontWeight: 700 }, words.siteName),
        ]),
        el('div', { flex: 1, display: 'flex', alignItems: 'center', gap: 32 }, [
          ...(card.tone ? [toneBar(card.tone)] : []),
          el('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
            el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: sectionColour, letterSpacing: 1 }, card.section),
            el(
              'div',
              {
                display: 'flex',
                fontSize: titleSize(card.title),
                fontWeight: 800,
                lineHeight: 1.12,
                letterSpacing: -1,
                maxWidth: card.tone ? 1000 : 1040,
              },
              card.title,
            ),
          ]),
        ]),
        el('div', { display: 'flex', alignItems: 'center', gap: 16, borderTop: `2px solid ${c.line}`, paddingTop: 28 }, [
          chip(words.client, c.client, c.clientSoft),
          chip(words.customer, c.customer, c.customerSoft),
          el('div', { marginLeft: 'auto', fontSize: 26, color: c.muted }, words.host),
        ]),
      ]),
    ],
  );
}
