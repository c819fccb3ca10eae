import { fromPixels, type MapFrame } from '../../../lib/map-layout.ts';
import type { MapPoint } from '../../../lib/map-model.ts';

/** Keyboard and pointer handling for the server-drawn map, loaded with the map's extras. */

// The server draws points left to right, so document order is reading order.
const points = (svg: Element) => [...svg.querySelectorAll<SVGGElement>('.map-point')];

/** Arrow keys walk the visible points left to right (Home, End to the ends); Enter or Space selects; Escape clears. */
export function onMapKey(e: KeyboardEvent, select: (id: string | null) => void) {
  const point = (e.target as Element).closest<SVGGElement>('.map-point');
  if (!point) return;
  const svg = point.ownerSVGElement!;
  const list = points(svg).filter((p) => getComputedStyle(p).display !== 'none');
  const i = list.indexOf(point);
  const moves: Record<string, number> = {
    ArrowRight: i + 1,
    ArrowDown: i + 1,
    ArrowLeft: i - 1,
    ArrowUp: i - 1,
    Home: 0,
    End: list.length - 1,
  };
  if (e.key in moves) {
    const next = list[Math.min(list.length - 1, Math.max(0, moves[e.key]))];
    point.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  } else if (e.key === 'Enter' || e.key === ' ') {
    select(point.dataset.business!);
  } else if (e.key === 'Escape') select(null);
}

export function dragYou(down: PointerEvent, setYou: (point: MapPoint) => void) {
  const handle = (down.target as Element).closest<SVGGElement>('.map-you');
  if (!handle) return;
  const svg = handle.ownerSVGElement!;
  // The plot's edges as the server drew them (see MapSvg.astro), and the drawing's width.
  const [left, right, top, bottom] = svg.dataset.plot!.split(' ').map(Number);
  const width = Number(svg.dataset.width);
  const frame: MapFrame = { width, height: 0, left, right, top, bottom };
  handle.setPointerCapture?.(down.pointerId);
  const move = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    setYou(fromPixels(frame, (e.clientX - box.left) * scale, (e.clientY - box.top) * scale));
  };
  const stop = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', stop);
    handle.removeEventListener('pointercancel', stop);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', stop);
  handle.addEventListener('pointercancel', stop);
}
