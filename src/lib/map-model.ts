/**
 * The client–customer map as the islands receive it: plain, serialisable data with every link
 * already resolved. Built from content/map.yaml, map-page.yaml and examples.yaml by
 * src/utils/map-content.ts.
 */

import { VERDICTS, type ArticleVerdict, type Verdict } from './grade-business.ts';

export type MapAxis = 'tailoring' | 'relationship';
/** The map colours and filters businesses by the answers every tool grades with. */
export type MapVerdict = Verdict;
export const MAP_VERDICTS = VERDICTS;

export interface MapLink {
  href: string;
  title: string;
}

/** A reason for a score; `source` is missing where the reason is the site's own judgement. */
export interface MapReason {
  text: string;
  source?: MapLink;
}

/** A point on the map, 0 to 100 on each axis. */
export interface MapPoint {
  tailoring: number;
  relationship: number;
}

export interface MapPlacement extends MapPoint {
  /** Short name of the article whose view this is, for a business drawn once per view. */
  view?: string;
  reasons: Record<MapAxis, MapReason>;
}

export interface MapBusiness {
  id: string;
  name: string;
  label: string;
  answer: MapVerdict;
  reason: string;
  /** Why the articles place it differently, where they do. */
  disagreement?: string;
  /** What each article that names it says: "client", "customer" or "both". */
  verdicts: { source: MapLink; says: ArticleVerdict }[];
  lesson: MapLink;
  placements: MapPlacement[];
}

export interface MapContrast {
  between: [string, string];
  text: string;
  sources: MapLink[];
}

export interface MapZone {
  id: string;
  name: string;
  text: string;
  tailoring: [number, number];
  relationship: [number, number];
  lessons: MapLink[];
}

export interface MapModel {
  axes: Record<MapAxis, { name: string; low: string; high: string }>;
  businesses: MapBusiness[];
  contrasts: MapContrast[];
  zones: MapZone[];
  /** Quiz question ids per axis. */
  quizAxes: Record<MapAxis, string[]>;
  /** The map page, for links from a lesson figure or the quiz. */
  page: string;
}

/** The little the quiz result needs to show the reader among the examples on a small map. */
export interface QuizMapModel {
  quizAxes: Record<MapAxis, string[]>;
  businesses: { label: string; name: string; placements: MapPoint[] }[];
  /** The small map's size and plot area in pixels, and every business's point drawn in it. */
  frame: { width: number; height: number; left: number; right: number; top: number; bottom: number };
  dots: { x: number; y: number; answer: MapVerdict }[];
  /** The map page, to link to with the reader's point. */
  page: string;
}

/** One point drawn on the map: a business, or one article's view of it. */
export interface DrawnPoint {
  /** Unique per point: `<business id>-<placement index>`. */
  key: string;
  business: MapBusiness;
  placement: MapPlacement;
  /** What the point's label says: the business, and the article for a view. */
  text: string;
}

export const drawnPoints = (businesses: readonly MapBusiness[]): DrawnPoint[] =>
  businesses.flatMap((business) =>
    business.placements.map((placement, i) => ({
      key: `${business.id}-${i}`,
      business,
      placement,
      text: placement.view ? `${business.label} · ${placement.view}` : business.label,
    })),
  );
