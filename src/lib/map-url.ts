import { MAP_VERDICTS, type MapPoint, type MapVerdict } from './map-model.ts';
import { SITE_WIDE_PARAMS, replaceParams, siteWideParams } from './query-params.ts';

/**
 * The map's state in its address, so a trainer can share "the map with SaaS selected":
 * `/map/?business=saas&show=depends&you=62,40&disagree=1`. `business` is an example id, `show` a
 * verdict (client, customer or depends), `you` the reader's point as tailoring,relationship
 * (0–100), `disagree=1` the view of where the articles disagree.
 */
export interface MapState {
  business: string | null;
  show: MapVerdict | null;
  you: MapPoint | null;
  disagree: boolean;
}

export const MAP_PARAMS = ['business', 'show', 'you', 'disagree'] as const;

/** Something in a link that could not be used, and was left out so the map opens as it would without it. */
export type MapNotice =
  | { kind: 'unknown-business'; value: string }
  | { kind: 'unknown-filter'; value: string }
  | { kind: 'bad-point'; value: string }
  | { kind: 'bad-toggle'; name: string; value: string }
  | { kind: 'repeated'; name: string }
  | { kind: 'hidden-business'; business: string }
  | { kind: 'unknown-parameter'; name: string };

export const EMPTY_MAP_STATE: MapState = { business: null, show: null, you: null, disagree: false };

/** What a notice may quote back of a link: short, and without control characters. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\ufffd]/gu;
const quote = (raw: string) => raw.replace(CONTROL_CHARACTERS, '').trim().slice(0, 40);

const POINT = /^(\d{1,3}),(\d{1,3})$/;

/** Reads `?you=62,40`; null for anything else, including scores past 100. */
export function readPoint(raw: string): MapPoint | null {
  const m = POINT.exec(raw.trim());
  if (!m) return null;
  const [t, r] = [Number(m[1]), Number(m[2])];
  return t <= 100 && r <= 100 ? { tailoring: t, relationship: r } : null;
}

/**
 * The map's state from a query string. Never fails: a parameter that is unknown, repeated or
 * out of range is dropped with a notice, and the rest of the map opens as it would without it.
 * `verdictOf` tells which businesses exist and how each is classified.
 */
export function readMapUrl(search: string, verdictOf: ReadonlyMap<string, MapVerdict>): { state: MapState; notices: MapNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notices: MapNotice[] = [];
  const single = (name: string): string | null => {
    const values = params.getAll(name);
    if (values.length > 1) notices.push({ kind: 'repeated', name });
    return values.length === 1 && values[0].trim() !== '' ? values[0] : null;
  };

  const rawBusiness = single('business');
  const business = rawBusiness !== null && verdictOf.has(rawBusiness.trim().toLowerCase()) ? rawBusiness.trim().toLowerCase() : null;
  if (rawBusiness !== null && business === null) notices.push({ kind: 'unknown-business', value: quote(rawBusiness) });

  const rawShow = single('show');
  let show =
    rawShow !== null && (MAP_VERDICTS as readonly string[]).includes(rawShow.trim().toLowerCase())
      ? (rawShow.trim().toLowerCase() as MapVerdict)
      : null;
  if (rawShow !== null && show === null && rawShow.trim().toLowerCase() !== 'all')
    notices.push({ kind: 'unknown-filter', value: quote(rawShow) });

  // A link never opens on a business the filter hides: the business wins, the filter goes.
  if (business && show && verdictOf.get(business) !== show) {
    notices.push({ kind: 'hidden-business', business });
    show = null;
  }

  const rawYou = single('you');
  const you = rawYou === null ? null : readPoint(rawYou);
  if (rawYou !== null && you === null) notices.push({ kind: 'bad-point', value: quote(rawYou) });

  const rawDisagree = single('disagree');
  const disagree = rawDisagree !== null && rawDisagree.trim() === '1';
  if (rawDisagree !== null && !['0', '1'].includes(rawDisagree.trim()))
    notices.push({ kind: 'bad-toggle', name: 'disagree', value: quote(rawDisagree) });

  for (const name of new Set(params.keys())) {
    if (!(MAP_PARAMS as readonly string[]).includes(name) && !SITE_WIDE_PARAMS.includes(name))
      notices.push({ kind: 'unknown-parameter', name: quote(name) });
  }
  return { state: { business, show, you, disagree }, notices };
}

/** The query string for a state, keeping site-wide parameters such as `present=1`; '' when nothing is chosen. */
export function mapSearch(state: MapState, current = ''): string {
  return replaceParams(siteWideParams(current), {
    business: state.business,
    show: state.show,
    you: state.you ? `${Math.round(state.you.tailoring)},${Math.round(state.you.relationship)}` : null,
    disagree: state.disagree ? '1' : null,
  }).replace(/%2C/g, ',');
}
