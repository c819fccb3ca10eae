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

/** Room for the key above the plot, the axis ends to the left (turned upright) and below. */
const MARGIN = { left: 24, right: 8, top: 28, bottom: 26 };

/** A frame for a given width: square on a phone, wider than tall on a laptop. `extra` adds room above and below the plot. */
export function mapFrame(width: number, extra: { top?: number; bottom?: number } = {}): MapFrame {
  const w = Math.round(Math.min(960, Math.max(260, Number.isFinite(width) ? width : 720)));
  // A phone gets a square: the vertical room is what keeps more labels apart.
  const height = Math.round(Math.min(560, Math.max(300, w * (w < 480 ? 1.12 : w < 700 ? 0.78 : 0.62))));
  const top = MARGIN.top + (extra.top ?? 0);
  const bottom = MARGIN.bottom + (extra.bottom ?? 0);
  const plot = height - MARGIN.top - MARGIN.bottom;
  return { width: w, height: top + plot + bottom, left: MARGIN.left, right: w - MARGIN.right, top, bottom: top + plot };
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

/** Half a line of text, as a browser measures it: the glyphs' ascent and descent, not only the font size. */
const LINE_HALF = 0.65;

/** The box a label covers when drawn at `l` (its anchor point, vertically centred). */
export function labelBox(l: Pick<PlacedLabel, 'x' | 'y' | 'anchor'>, text: string, fontSize: number): Box {
  const w = labelWidth(text, fontSize);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - fontSize * LINE_HALF, y1: l.y + fontSize * LINE_HALF };
}

/** Where a label may go, nearest first: right, left, above, below, then the four diagonals. */
function candidates(x: number, y: number, d: number, half: number): Pick<PlacedLabel, 'x' | 'y' | 'anchor'>[] {
  const diag = d * 0.75;
  return [
    { x: x + d, y, anchor: 'start' },
    { x: x - d, y, anchor: 'end' },
    { x, y: y - d - half, anchor: 'middle' },
    { x, y: y + d + half, anchor: 'middle' },
    { x: x + diag, y: y - diag - half, anchor: 'start' },
    { x: x - diag, y: y - diag - half, anchor: 'end' },
    { x: x + diag, y: y + diag + half, anchor: 'start' },
    { x: x - diag, y: y + diag + half, anchor: 'end' },
  ];
}

/** A label that did not fit, drawn as a number beside its point and named in the key under the map. */
export interface NumberedLabel extends PlacedLabel {
  number: number;
}

/**
 * Puts each label beside its point where it overlaps no other label, no other point and stays
 * inside the frame. A label that fits nowhere folds into a numbered key: its point gets a number,
 * placed the same way, and its key is returned in `listed`, in number order, so nothing is ever
 * hidden under text. `obstacles` are areas no label may cover, such as the names of the regions.
 * Returns every box it filled in `taken`, so later labels (drawn on demand) can keep clear too.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: Pick<MapFrame, 'width' | 'height'>,
  { fontSize = 13, radius = 6, gap = 3, obstacles = [] as Box[], numbers = false } = {},
): { placed: PlacedLabel[]; listed: string[]; numbered: NumberedLabel[]; taken: Box[] } {
  const dots: (Box & { key: string })[] = requests.map((r) => ({
    key: r.key,
    x0: r.x - radius,
    y0: r.y - radius,
    x1: r.x + radius,
    y1: r.y + radius,
  }));
  const attempt = (boost: ReadonlySet<string>) => {
    const taken: Box[] = [...obstacles];
    const fits = (key: string, box: Box) =>
      box.x0 >= 0 &&
      box.y0 >= 0 &&
      box.x1 <= frame.width &&
      box.y1 <= frame.height &&
      !taken.some((t) => overlaps(t, box)) &&
      !dots.some((dot) => dot.key !== key && overlaps(dot, box));
    // A name goes right beside its point; a number, being short, may stand a little further off.
    const place = (r: LabelRequest, text: string, size: number, reach: readonly number[] = [1]) => {
      for (const k of reach)
        for (const c of candidates(r.x, r.y, (radius + gap) * k, size * LINE_HALF)) {
          const box = labelBox(c, text, size);
          if (fits(r.key, box)) {
            taken.push(box);
            return { key: r.key, ...c };
          }
        }
      return undefined;
    };
    const placed: PlacedLabel[] = [];
    const missed = new Set<string>();
    // Where a name does not fit, its number's place is kept at once (room for two digits), before
    // the names of points further along can take the space around it.
    const spots = new Map<string, PlacedLabel>();
    const first = (r: LabelRequest) => (boost.has(r.key) ? 1 : 0);
    const order = [...requests].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || first(b) - first(a) || a.x - b.x || a.y - b.y);
    for (const r of order) {
      const fit = place(r, r.text, fontSize);
      if (fit) placed.push(fit);
      else {
        missed.add(r.key);
        const spot = numbers ? place(r, '00', fontSize, [1, 1.6, 2.2, 2.8, 3.4, 4]) : undefined;
        if (spot) spots.set(r.key, spot);
      }
    }
    return { placed, missed, spots, taken };
  };
  // Greedy, left to right; then again with the points that went without first, keeping the try
  // that leaves the fewest points with neither a name nor a number, then the fewest numbers.
  const bare = (t: ReturnType<typeof attempt>) => [...t.missed].filter((k) => !t.spots.has(k));
  const worse = (t: ReturnType<typeof attempt>, than: ReturnType<typeof attempt>) =>
    bare(t).length - bare(than).length || t.missed.size - than.missed.size;
  let best = attempt(new Set());
  for (let i = 0; i < 6 && best.missed.size > 0; i++) {
    const next = attempt(new Set(bare(best).length > 0 && numbers ? bare(best) : best.missed));
    if (worse(next, best) < 0) best = next;
    else break;
  }
  const { placed, missed, spots, taken } = best;
  // Numbered left to right, so the key reads in the order the eye meets the numbers.
  const listed = [...requests]
    .filter((r) => missed.has(r.key))
    .sort((a, b) => a.x - b.x || b.y - a.y)
    .map((r) => r.key);
  const numbered: NumberedLabel[] = [];
  if (numbers)
    listed.forEach((key, i) => {
      const spot = spots.get(key);
      if (spot) numbered.push({ ...spot, number: i + 1 });
    });
  return { placed, listed: numbers ? listed : requests.map((r) => r.key).filter((k) => missed.has(k)), numbered, taken };
}

/**
 * Breaks a name into lines no wider than `width` at `fontSize`, at spaces, so a region's name fits
 * its corner ("Tailored one-off jobs" on a phone becomes "Tailored" and "one-off jobs").
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
