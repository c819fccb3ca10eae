import { base, siteUrlSet } from '../../server/href.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImagePath, type LinkCard } from '../../lib/link-card-layout.ts';
import { cardPng } from '../../server/link-card-image.ts';
import { linkCards } from '../../server/link-cards.ts';
import { strings } from '../../strings/site.ts';

/** One 1200×630 PNG per card, drawn at build time: /og/index.png, /og/lessons/<id>.png, … */
export const getStaticPaths = (async () =>
  [...(await linkCards).values()].map((card) => ({
    params: {
      slug: cardImagePath(card.path)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: LinkCard }> = async ({ props, site }) => {
  const png = await cardPng(props.card, {
    siteName: strings.siteName,
    ...strings.card,
    host: siteUrlSet ? `${site?.host ?? ''}${base.slice(0, -1)}` : '',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
