import { createEffect, createRoot, createSignal, on, onMount } from 'solid-js';
import type { MapPoint, MapVerdict } from '../../../lib/map-model.ts';
import type { MapNotice } from '../../../lib/map-url.ts';

/**
 * The map's state, shared by its two islands (the controls above the map and the panel beside
 * it), and the wiring that lets the server-drawn SVG answer to it: points become buttons, arrow
 * keys move between them, the reader's point can be dragged, and the state is kept in the address.
 */
export const [show, setShow] = createSignal<MapVerdict | null>(null);
export const [selected, setSelected] = createSignal<string | null>(null);
export const [preview, setPreview] = createSignal<string | null>(null);
export const [you, setYou] = createSignal<MapPoint | null>(null);
/** Every business the articles place differently shows each article's point, not only the chosen one. */
export const [views, setViews] = createSignal(false);
export const [notices, setNotices] = createSignal<MapNotice[]>([]);
export const [ready, setReady] = createSignal(false);

type Extras = typeof import('./map-extras.ts');
export const [extras, setExtras] = createSignal<Extras>();
let loading: Promise<Extras> | null = null;
/** Details, the reader's point, notices and the address load on first use, so the map itself starts small. */
export function needExtras(): Promise<Extras> {
  loading ??= import('./map-extras.ts').then(
    (x) => (setExtras(() => x), x),
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

let verdicts: ReadonlyMap<string, MapVerdict> = new Map();

/** Selects a business (null clears), showing every verdict again if the filter would hide it. */
export function select(id: string | null) {
  setSelected(id);
  if (id && show() !== null && verdicts.get(id) !== show()) setShow(null);
  if (id) needExtras();
}

/**
 * Call in an island: false while it hydrates, true once it runs. An island may hydrate after the
 * shared state has changed (the other island read the address first), and hydration must see
 * exactly what the server drew, so islands read the shared state only through `live()`.
 */
export function useLive(start: () => void): () => boolean {
  const [live, setLive] = createSignal(false);
  onMount(() => {
    start();
    setLive(true);
  });
  return () => live() && ready();
}

let stop: (() => void) | undefined;

/**
 * Wires the server-drawn figure to the state; whichever island runs first calls it, once.
 * `verdictOf` names every business and its verdict; `inAddress` reads and keeps the state in the URL.
 */
export function startMap(figure: HTMLElement | null, verdictOf: ReadonlyMap<string, MapVerdict>, inAddress = true) {
  if (!figure || 'started' in figure.dataset) return;
  figure.dataset.started = '';
  // A figure drawn afresh (a test's, say) starts from nothing, not from the last one's state.
  stop?.();
  setShow(null);
  setSelected(null);
  setYou(null);
  setViews(false);
  setNotices([]);
  verdicts = verdictOf;
  const disposers: (() => void)[] = [];
  const rooted = (fn: () => void) => createRoot((dispose) => (disposers.push(dispose), fn()));
  stop = () => disposers.forEach((dispose) => dispose());
  if (inAddress) {
    // A plain /map/ needs no address code until the reader changes something; a link with state does.
    let keeping = false;
    const keepInAddress = (x: Extras) =>
      !keeping &&
      (keeping = true) &&
      rooted(() =>
        createEffect(
          on([selected, show, you, views], () => {
            const state = { business: selected(), show: show(), you: you(), disagree: views() };
            const url = `${location.pathname}${x.mapSearch(state, location.search)}${location.hash}`;
            if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
          }),
        ),
      );
    const read = (x: Extras) => {
      const link = x.readMapUrl(location.search, verdictOf);
      setShow(link.state.show);
      setYou(link.state.you);
      setViews(link.state.disagree);
      select(link.state.business);
      setNotices(link.notices);
      keepInAddress(x);
      figure.dataset.ready = '';
    };
    if (location.search.length > 1) needExtras().then(read, () => {});
    else rooted(() => createEffect(on([selected, show, you, views], () => needExtras().then(keepInAddress, () => {}), { defer: true })));
  }
  for (const svg of figure.querySelectorAll<SVGSVGElement>('[data-map-svg]')) {
    svg.querySelectorAll<SVGGElement>('.map-point').forEach((p, i) => {
      p.setAttribute('role', 'button');
      p.setAttribute('aria-label', p.dataset.label ?? '');
      p.tabIndex = i === 0 ? 0 : -1;
    });
  }
  const business = (e: Event) =>
    (e.target as Element).closest<HTMLElement | SVGElement>('.map-point, .map-listed a')?.dataset.business ?? null;
  figure.addEventListener('click', (e) => {
    const id = business(e);
    if (!id) return;
    e.preventDefault();
    select(id);
  });
  const hover = (e: Event) => setPreview(business(e));
  figure.addEventListener('pointerover', hover);
  figure.addEventListener('focusin', hover);
  figure.addEventListener('pointerover', needExtras, { once: true });
  figure.addEventListener('focusin', needExtras, { once: true });
  figure.addEventListener('pointerout', () => setPreview(null));
  figure.addEventListener('focusout', () => setPreview(null));
  // Keys and dragging are handled by code loaded on first use; what must happen at once (no
  // scrolling on an arrow key, no text selection while dragging) happens here.
  figure.addEventListener('keydown', (e) => {
    if (!(e.target as Element).closest('.map-point')) return;
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Enter', ' '].includes(e.key)) e.preventDefault();
    needExtras().then(
      (x) => x.onMapKey(e, select),
      () => {},
    );
  });
  figure.addEventListener('pointerdown', (e) => {
    if (!(e.target as Element).closest('.map-you')) return;
    e.preventDefault();
    needExtras().then(
      (x) => x.dragYou(e, setYou),
      () => {},
    );
  });

  rooted(() => {
    createEffect(() => {
      figure.dataset.show = show() ?? '';
      figure.dataset.views = views() ? 'on' : '';
      for (const el of figure.querySelectorAll<SVGElement>('[data-business]')) {
        const on = el.dataset.business === selected();
        el.classList.toggle('map-selected', on);
        if (el.classList.contains('map-point')) el.setAttribute('aria-pressed', String(on));
      }
      for (const line of figure.querySelectorAll<SVGElement>('.map-contrast'))
        line.classList.toggle('map-selected', line.dataset.between!.split(' ').includes(selected() ?? ''));
    });
    createEffect(() => {
      const point = you();
      for (const svg of figure.querySelectorAll<SVGSVGElement>('[data-map-svg]')) {
        // Only a map drawn with a place for the reader's point has one to move.
        const handle = svg.querySelector<SVGGElement>('.map-you');
        if (!handle) continue;
        handle.classList.toggle('map-off', !point);
        if (point) {
          // The plot's edges, as the server drew them: the point sits on the same scales as the businesses.
          const [left, right, top, bottom] = svg.dataset.plot!.split(' ').map(Number);
          const x = left + (point.tailoring / 100) * (right - left);
          const y = bottom - (point.relationship / 100) * (bottom - top);
          handle.setAttribute('transform', `translate(${x} ${y})`);
        }
        const marker = point ? [...handle.querySelectorAll('.map-you-ring, .map-you-label')] : [];
        fadeLabelsUnder(svg, marker);
      }
    });
  });
  setReady(true);
  if (!inAddress || location.search.length <= 1) figure.dataset.ready = '';
}

/**
 * Business names the reader's marker sits on step aside, so "You" stays readable wherever it is
 * dragged; the nearest names are spelt out beside the sliders. Boxes as the browser draws them.
 */
function fadeLabelsUnder(svg: SVGSVGElement, marker: Element[]) {
  const boxes = marker.map((el) => el.getBoundingClientRect());
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const label of svg.querySelectorAll<SVGTextElement>('.map-label, .map-region-name, .map-view-label')) {
    const box = boxes.length > 0 ? label.getBoundingClientRect() : null;
    label.classList.toggle('map-label-under-you', box !== null && boxes.some((b) => overlaps(b, box)));
  }
}
