import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_WIDTH, cardLayout, type CardWording, type LinkCard } from '../lib/link-card-layout.ts';

// Fonts come from an npm package, so the build needs no network; satori reads WOFF, not WOFF2.
const require = createRequire(import.meta.url);
const fontFile = (weight: number) => readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700, 800] as const).map(async (weight) => ({ name: 'Inter', data: await fontFile(weight), weight, style: 'normal' as const })),
  ));

/** Draws a link-preview card as a 1200×630 PNG. */
export async function cardPng(card: LinkCard, words: CardWording): Promise<Uint8Array> {
  const svg = await satori(cardLayout(card, words) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: 630,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
