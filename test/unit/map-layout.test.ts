import { describe, expect, it } from 'vitest';
import { fromPixels, labelWidth, mapFrame, placeLabels, toPixels, type LabelRequest } from '../../src/lib/map-layout.ts';

const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** The box a placed label covers, as the placement describes it. */
function box(l: { x: number; y: number; anchor: string }, text: string, fontSize = 13) {
  const w = labelWidth(text, fontSize);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - fontSize / 2, y1: l.y + fontSize / 2 };
}

describe('map scales', () => {
  const frame = mapFrame(720);

  it('puts standard one-off sales bottom left and tailored lasting ties top right', () => {
    expect(toPixels(frame, { tailoring: 0, relationship: 0 })).toEqual({ x: frame.left, y: frame.bottom });
    expect(toPixels(frame, { tailoring: 100, relationship: 100 })).toEqual({ x: frame.right, y: frame.top });
  });

  it('reads a dragged pixel back as whole scores, kept on the map', () => {
    const p = toPixels(frame, { tailoring: 62, relationship: 40 });
    expect(fromPixels(frame, p.x + 0.4, p.y - 0.4)).toEqual({ tailoring: 62, relationship: 40 });
    expect(fromPixels(frame, -500, 9999)).toEqual({ tailoring: 0, relationship: 0 });
    expect(fromPixels(frame, 9999, -500)).toEqual({ tailoring: 100, relationship: 100 });
  });

  it('never draws outside the frame or at NaN, whatever the score', () => {
    for (const v of [-20, 140, Number.NaN, Infinity]) {
      const { x, y } = toPixels(frame, { tailoring: v, relationship: v });
      expect(x).toBeGreaterThanOrEqual(frame.left);
      expect(x).toBeLessThanOrEqual(frame.right);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  it('keeps a phone frame readable: no narrower than 260 pixels and taller than it is thin', () => {
    expect(mapFrame(100).width).toBe(260);
    expect(mapFrame(320).height).toBeGreaterThanOrEqual(280);
    expect(mapFrame(Number.NaN).width).toBe(720);
  });
});

describe('placeLabels', () => {
  const frame = { width: 320, height: 280 };

  it('labels points that have room, beside the point', () => {
    const { placed, listed } = placeLabels(
      [
        { key: 'a', x: 50, y: 50, text: 'Law firm' },
        { key: 'b', x: 200, y: 200, text: 'Shop' },
      ],
      frame,
    );
    expect(listed).toEqual([]);
    expect(placed.map((l) => l.key).sort()).toEqual(['a', 'b']);
    expect(placed.find((l) => l.key === 'a')).toMatchObject({ x: 59, y: 50, anchor: 'start' });
  });

  it('never lets two labels overlap, or a label cover another point; what does not fit is listed', () => {
    // A tight cluster, as the shops and supermarkets are at the bottom left of the map.
    const requests: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
      key: `p${i}`,
      x: 40 + (i % 4) * 9,
      y: 240 - Math.floor(i / 4) * 9,
      text: `Business ${i}`,
    }));
    const { placed, listed } = placeLabels(requests, frame);
    expect(listed.length).toBeGreaterThan(0);
    expect(placed.length + listed.length).toBe(requests.length);
    const boxes = placed.map((l) => ({ key: l.key, ...box(l, requests.find((r) => r.key === l.key)!.text) }));
    for (const a of boxes) {
      for (const b of boxes) if (a !== b) expect(overlap(a, b), `${a.key} and ${b.key}`).toBe(false);
      for (const r of requests) {
        if (r.key !== a.key)
          expect(overlap(a, { x0: r.x - 6, x1: r.x + 6, y0: r.y - 6, y1: r.y + 6 }), `${a.key} over point ${r.key}`).toBe(false);
      }
    }
  });

  it('keeps labels inside the frame, moving them to the other side at the edge', () => {
    const { placed } = placeLabels([{ key: 'edge', x: 310, y: 100, text: 'Financial advisor' }], frame);
    expect(placed[0].anchor).toBe('end');
    expect(box(placed[0], 'Financial advisor').x0).toBeGreaterThanOrEqual(0);
  });

  it('labels the selected business first, so it keeps its label in a crowd', () => {
    const crowd: LabelRequest[] = ['Supermarket', 'Grocery store', 'Retail store', 'Online shop'].map((text, i) => ({
      key: `k${i}`,
      x: 100 + i * 9,
      y: 100,
      text,
    }));
    const plain = placeLabels(crowd, { width: 200, height: 200 });
    const chosen = plain.listed[0];
    expect(chosen).toBeDefined();
    const withPriority = placeLabels(
      crowd.map((r) => (r.key === chosen ? { ...r, priority: 2 } : r)),
      { width: 200, height: 200 },
    );
    expect(withPriority.listed).not.toContain(chosen);
  });

  it('keeps clear of obstacles such as the corner names', () => {
    const { placed, listed } = placeLabels([{ key: 'a', x: 20, y: 20, text: 'Law firm' }], frame, {
      obstacles: [{ x0: 0, y0: 0, x1: 320, y1: 60 }],
    });
    expect(placed).toEqual([]);
    expect(listed).toEqual(['a']);
  });
});
