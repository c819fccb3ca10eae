import type { MapPoint } from './map-model.ts';

/** The drawing area of the map in pixels (SVG user units), and the plot inside its margins. */
export interface MapFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Room for the axis names: to the left (turned upright) and below. */
const MARGIN = { left: 30, right: 10, top: 10, bottom: 30 };

/** A frame for a given width: square on a phone, wider than tall on a laptop. */
export function mapFrame(width: number): MapFrame {
  const w = Math.round(Math.min(960, Math.max(260, Number.isFinite(width) ? width : 720)));
  // A phone gets a square: the vertical room is what keeps more labels apart.
  const height = Math.round(Math.min(560, Math.max(280, w * (w < 480 ? 1.05 : 0.62))));
  return { width: w, height, left: MARGIN.left, right: w - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}

/** Pixel position of a 0–100 point: tailoring runs left to right, the relationship bottom to top. */
export function toPixels(frame: MapFrame, p: MapPoint): { x: number; y: number } {
  return {
    x: frame.left + (clampScore(p.tailoring) / 100) * (frame.right - frame.left),
    y: frame.bottom - (clampScore(p.relationship) / 100) * (frame.bottom - frame.top),
  };
}

/** The 0–100 point under a pixel position (for dragging), rounded to whole scores and kept on the map. */
export function fromPixels(frame: MapFrame, x: number, y: number): MapPoint {
  return {
    tailoring: clampScore(Math.round(((x - frame.left) / (frame.right - frame.left)) * 100)),
    relationship: clampScore(Math.round(((frame.bottom - y) / (frame.bottom - frame.top)) * 100)),
  };
}

export function clampScore(v: number): number {
  return Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 50;
}

/** One point to label: `key` is unique per drawn point, `text` what the label says. */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
  /** Higher goes first, so a selected or focused business keeps its label. */
  priority?: number;
}

export interface PlacedLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A rectangle in pixels, such as a label's extent or something labels must keep clear of. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Roughly how wide a label is: the average glyph of a sans-serif font is a little over half its
 * size. Erring wide keeps real text, in whatever font the reader has, clear of its neighbours.
 */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

/**
 * Puts each label beside its point (right, left, above or below) where it overlaps no other
 * label, no other point and stays inside the frame. A label that fits nowhere is not drawn; its
 * key is returned in `listed`, for a list beside the map, so nothing is ever hidden under text.
 * `obstacles` are areas no label may cover, such as the names of the map's corners.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: Pick<MapFrame, 'width' | 'height'>,
  { fontSize = 13, radius = 6, gap = 3, obstacles = [] as Box[] } = {},
): { placed: PlacedLabel[]; listed: string[] } {
  const dots: (Box & { key: string })[] = requests.map((r) => ({
    key: r.key,
    x0: r.x - radius,
    y0: r.y - radius,
    x1: r.x + radius,
    y1: r.y + radius,
  }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const listed: string[] = [];
  const order = [...requests].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.x - b.x || a.y - b.y);
  const half = fontSize / 2;
  for (const r of order) {
    const w = labelWidth(r.text, fontSize);
    const d = radius + gap;
    const candidates: (PlacedLabel & { box: Box })[] = [
      { key: r.key, x: r.x + d, y: r.y, anchor: 'start', box: { x0: r.x + d, y0: r.y - half, x1: r.x + d + w, y1: r.y + half } },
      { key: r.key, x: r.x - d, y: r.y, anchor: 'end', box: { x0: r.x - d - w, y0: r.y - half, x1: r.x - d, y1: r.y + half } },
      {
        key: r.key,
        x: r.x,
        y: r.y - d - half,
        anchor: 'middle',
        box: { x0: r.x - w / 2, y0: r.y - d - fontSize, x1: r.x + w / 2, y1: r.y - d },
      },
      {
        key: r.key,
        x: r.x,
        y: r.y + d + half,
        anchor: 'middle',
        box: { x0: r.x - w / 2, y0: r.y + d, x1: r.x + w / 2, y1: r.y + d + fontSize },
      },
    ];
    const fit = candidates.find(
      ({ box }) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= frame.width &&
        box.y1 <= frame.height &&
        !taken.some((t) => overlaps(t, box)) &&
        !dots.some((dot) => dot.key !== r.key && overlaps(dot, box)),
    );
    if (fit) {
      taken.push(fit.box);
      placed.push({ key: fit.key, x: fit.x, y: fit.y, anchor: fit.anchor });
    } else listed.push(r.key);
  }
  return { placed, listed: requests.map((r) => r.key).filter((k) => listed.includes(k)) };
}
