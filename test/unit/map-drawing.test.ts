import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { drawMap, type DrawingBusiness, type DrawingRegion } from '../../src/lib/map-drawing.ts';

/** The real map, read from content/ as the build reads it, so the test sees every name and crowd. */
const read = (file: string) => load(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));
const examples = read('examples.yaml') as { id: string; answer: DrawingBusiness['answer'] }[];
const placed = read('map.yaml') as {
  id: string;
  label: string;
  placements: { view?: string; tailoring: { score: number }; relationship: { score: number } }[];
}[];
const test = read('the-test.yaml') as { regions: DrawingRegion[] };
const businesses: DrawingBusiness[] = placed.map((b) => ({
  id: b.id,
  label: b.label,
  answer: examples.find((e) => e.id === b.id)!.answer,
  placements: b.placements.map((p) => ({ view: p.view, tailoring: p.tailoring.score, relationship: p.relationship.score })),
}));
const legend = [
  { mark: 'client' as const, text: 'Client' },
  { mark: 'customer' as const, text: 'Customer' },
  { mark: 'depends' as const, text: 'It depends' },
  { mark: 'you' as const, text: 'You' },
];
const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the map as drawn for each width', () => {
  it.each([320, 560, 840])('at %i: no text over other text or over a mark, every business named or numbered', (width) => {
    const d = drawMap({ businesses, regions: test.regions, width, legend });
    expect(d.points).toHaveLength(businesses.length);
    for (const p of d.points) expect(p.label ?? p.number, p.id).toBeDefined();
    expect(d.key.map((k) => k.id).sort()).toEqual(
      d.points
        .filter((p) => p.number)
        .map((p) => p.id)
        .sort(),
    );
    expect(d.key.map((k) => k.number)).toEqual(d.key.map((_, i) => i + 1));
    for (const a of d.boxes) {
      for (const b of d.boxes) if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      for (const p of d.points)
        if (a.text !== p.label?.text && a.text !== p.number?.text)
          expect(overlap(a, { x0: p.x - 6, x1: p.x + 6, y0: p.y - 6, y1: p.y + 6 }), `${a.text} over ${p.id}`).toBe(false);
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(d.frame.width);
    }
  });

  it('names most businesses beside their mark on a laptop, so the key stays short', () => {
    expect(drawMap({ businesses, regions: test.regions, width: 840, legend }).key.length).toBeLessThanOrEqual(5);
  });

  it('draws one mark per business, at the mean of what the articles say, with each article’s point kept for on demand', () => {
    const d = drawMap({ businesses, regions: test.regions, width: 840, legend });
    const twice = businesses.filter((b) => b.placements.length > 1);
    expect(twice.length).toBeGreaterThan(0);
    for (const b of twice) {
      const p = d.points.find((q) => q.id === b.id)!;
      expect(p.views.map((v) => v.view)).toEqual(b.placements.map((q) => q.view));
      const mean = Math.round(b.placements.reduce((n, q) => n + q.tailoring, 0) / b.placements.length);
      expect(p.at.tailoring).toBe(mean);
    }
  });

  it('names each of the four regions once, outside the plot, so no name sits under a mark', () => {
    const d = drawMap({ businesses, regions: test.regions, width: 320, legend });
    expect(d.regions.map((g) => g.id).sort()).toEqual(['client', 'customer', 'one-off-job', 'standard-lasting']);
    for (const g of d.regions) {
      const y = g.name.y;
      expect(y < d.frame.top || y > d.frame.bottom, g.id).toBe(true);
      for (const line of g.name.lines) expect(line.length).toBeGreaterThan(0);
    }
  });

  it('draws a small figure with no names, and faint points outside a focus', () => {
    const small = drawMap({ businesses, regions: test.regions, width: 320, legend, labels: false });
    expect(small.points.every((p) => !p.label && !p.number)).toBe(true);
    const focused = drawMap({ businesses, regions: test.regions, width: 840, legend, focus: ['gym', 'personal-trainer'] });
    expect(
      focused.points
        .filter((p) => !p.faint)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['gym', 'personal-trainer']);
    expect(
      focused.points
        .filter((p) => p.label)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['gym', 'personal-trainer']);
  });
});
