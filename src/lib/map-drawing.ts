import {
  labelBox,
  labelWidth,
  mapFrame,
  placeLabels,
  toPixels,
  wrapLabel,
  type Box,
  type MapFrame,
  type PlacedLabel,
} from './map-layout.ts';
import type { MapPoint, MapVerdict } from './map-model.ts';
import { TEST_THRESHOLD, type RegionId } from './the-test.ts';

/**
 * The client–customer map worked out for one drawing width, with no DOM: the test's four regions
 * and their names, the key, one point per business with its label (or a number in the key below
 * the map, where a name cannot fit), and each article's own point for a business the articles
 * place differently, drawn only on demand. Every box of text is placed so none covers another,
 * whatever the width; the server draws what this returns (src/components/map/MapSvg.astro).
 */

export type MarkShape = MapVerdict | 'you';

export interface DrawingBusiness {
  id: string;
  /** Short plain name drawn beside the point. */
  label: string;
  answer: MapVerdict;
  placements: readonly (MapPoint & { view?: string })[];
}

export interface DrawingRegion {
  id: RegionId;
  name: string;
  tailoring: boolean;
  relationship: boolean;
}

export interface DrawingInput {
  businesses: readonly DrawingBusiness[];
  regions: readonly DrawingRegion[];
  width: number;
  /** Ids drawn in full and labelled; the rest are faint and unlabelled. Empty: all in full. */
  focus?: readonly string[];
  /** The key's entries, left to right, drawn above the plot. */
  legend: readonly { mark: MarkShape; text: string }[];
  /** Labels off: a small figure (the home page's) shows the shape of the map, not its names. */
  labels?: boolean;
}

export interface DrawnLabel extends PlacedLabel {
  text: string;
}

export interface DrawnBusinessPoint {
  id: string;
  answer: MapVerdict;
  x: number;
  y: number;
  /** The business's point in scores: the mean of its placements. */
  at: MapPoint;
  faint: boolean;
  label?: DrawnLabel;
  /** Its number in the key, where its name did not fit beside it. */
  number?: DrawnLabel & { number: number };
  /** Each article's point, for a business the articles place differently; shown on demand. */
  views: { key: string; view: string; at: MapPoint; x: number; y: number; label?: DrawnLabel }[];
}

export interface MapDrawing {
  frame: MapFrame;
  mid: { x: number; y: number };
  fontSize: number;
  regions: {
    id: RegionId;
    x: number;
    y: number;
    width: number;
    height: number;
    name: DrawnLabel & { lines: string[]; lineHeight: number };
  }[];
  legend: { mark: MarkShape; text: string; x: number; textX: number; y: number }[];
  points: DrawnBusinessPoint[];
  /** Businesses whose names fold into the key below the map, in number order. */
  key: { id: string; number: number; text: string }[];
  /** Every box of text drawn, for checking that none overlaps another. */
  boxes: (Box & { text: string })[];
}

const mean = (ns: readonly number[]) => Math.round(ns.reduce((a, b) => a + b, 0) / ns.length);

export function drawMap({ businesses, regions, width, focus = [], legend, labels = true }: DrawingInput): MapDrawing {
  const narrow = mapFrame(width).width < 480;
  const fontSize = narrow ? 12 : 13;
  const regionFont = narrow ? 12 : 14;
  const small = 11;
  const pad = 4;
  const lineHeight = Math.round(regionFont * 1.2);
  // Each region is named just outside its corner of the plot: the two upper ones above it, the two
  // lower ones below it, so no name ever sits under a business's mark.
  const probe = mapFrame(width);
  const probeMid = toPixels(probe, { tailoring: TEST_THRESHOLD, relationship: TEST_THRESHOLD });
  const columnWidth = (tailoring: boolean) => (tailoring ? probe.right - probeMid.x : probeMid.x - probe.left) - 2 * pad;
  const wrapped = regions.map((g) => ({ g, lines: wrapLabel(g.name, columnWidth(g.tailoring), regionFont * 1.05) }));
  const band = (relationship: boolean) =>
    Math.max(...wrapped.filter((w) => w.g.relationship === relationship).map((w) => w.lines.length)) * lineHeight + pad;
  const frame = mapFrame(width, { top: band(true), bottom: band(false) });
  const mid = toPixels(frame, { tailoring: TEST_THRESHOLD, relationship: TEST_THRESHOLD });
  const boxes: MapDrawing['boxes'] = [];

  // The key, in the band above everything.
  let x = frame.left;
  const legendY = 13;
  const drawnLegend = legend.map((l) => {
    const item = { ...l, x: x + 6, textX: x + 16, y: legendY };
    const w = 16 + labelWidth(l.text, small);
    boxes.push({ x0: x, y0: legendY - small / 2, x1: x + w, y1: legendY + small / 2, text: l.text });
    x += w + 12;
    return item;
  });

  const drawnRegions = wrapped.map(({ g, lines }) => {
    const rx = g.tailoring ? mid.x : frame.left;
    const ry = g.relationship ? frame.top : mid.y;
    const rw = g.tailoring ? frame.right - mid.x : mid.x - frame.left;
    const rh = g.relationship ? mid.y - frame.top : frame.bottom - mid.y;
    const anchor = g.tailoring ? 'end' : 'start';
    const tx = g.tailoring ? frame.right - pad : frame.left + pad;
    const blockHeight = lines.length * lineHeight;
    const top = g.relationship ? frame.top - pad - blockHeight : frame.bottom + pad;
    const w = Math.max(...lines.map((l) => labelWidth(l, regionFont * 1.05)));
    const box = { x0: anchor === 'end' ? tx - w : tx, x1: anchor === 'end' ? tx : tx + w, y0: top, y1: top + blockHeight };
    boxes.push({ ...box, text: g.name });
    return {
      id: g.id,
      x: rx,
      y: ry,
      width: rw,
      height: rh,
      name: { key: g.id, text: g.name, lines, lineHeight, x: tx, y: top + lineHeight / 2, anchor } as const,
    };
  });

  const inFocus = (id: string) => focus.length === 0 || focus.includes(id);
  const points: DrawnBusinessPoint[] = businesses
    .map((b) => {
      const at = {
        tailoring: mean(b.placements.map((p) => p.tailoring)),
        relationship: mean(b.placements.map((p) => p.relationship)),
      };
      return {
        id: b.id,
        answer: b.answer,
        ...toPixels(frame, at),
        at,
        faint: !inFocus(b.id),
        views:
          b.placements.length > 1
            ? b.placements.map((p, i) => ({
                key: `${b.id}-${i}`,
                view: p.view ?? '',
                at: { tailoring: p.tailoring, relationship: p.relationship },
                ...toPixels(frame, p),
              }))
            : [],
      };
    })
    // Left to right, then bottom to top: the order the arrow keys walk.
    .sort((a, b) => a.at.tailoring - b.at.tailoring || a.at.relationship - b.at.relationship);

  const key: MapDrawing['key'] = [];
  if (labels) {
    const named = points.filter((p) => !p.faint);
    const text = new Map(businesses.map((b) => [b.id, b.label]));
    // Labels stay on the plot: the bands around it hold the key, the region names and the axes.
    const obstacles: Box[] = [
      { x0: 0, y0: 0, x1: frame.width, y1: frame.top - 1 },
      { x0: 0, y0: frame.bottom + 1, x1: frame.width, y1: frame.height },
      { x0: 0, y0: 0, x1: frame.left - 1, y1: frame.height },
    ];
    const { placed, numbered, listed, taken } = placeLabels(
      named.map((p) => ({ key: p.id, x: p.x, y: p.y, text: text.get(p.id)! })),
      frame,
      { fontSize, obstacles, numbers: true },
    );
    for (const l of placed) {
      const p = points.find((d) => d.id === l.key)!;
      p.label = { ...l, text: text.get(l.key)! };
      boxes.push({ ...labelBox(p.label, p.label.text, fontSize), text: p.label.text });
    }
    for (const n of numbered) {
      const p = points.find((d) => d.id === n.key)!;
      p.number = { ...n, text: String(n.number) };
      boxes.push({ ...labelBox(p.number, p.number.text, fontSize), text: p.number.text });
    }
    listed.forEach((id, i) => key.push({ id, number: i + 1, text: text.get(id)! }));
    // Each article's point, labelled with the article where there is room once everything else is placed.
    const views = named.flatMap((p) => p.views);
    const viewLabels = placeLabels(
      views.map((v) => ({ key: v.key, x: v.x, y: v.y, text: v.view })),
      frame,
      { fontSize: small, radius: 5, obstacles: taken },
    );
    for (const l of viewLabels.placed) {
      const v = views.find((w) => w.key === l.key)!;
      v.label = { ...l, text: v.view };
    }
  }
  return { frame, mid, fontSize, regions: drawnRegions, legend: drawnLegend, points, key, boxes };
}
