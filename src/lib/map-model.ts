/**
 * The client–customer map as the islands receive it: plain, serialisable data with every link
 * already resolved. Built from content/map.yaml, map-page.yaml and examples.yaml by
 * src/utils/map-content.ts.
 */

import { VERDICTS, type ArticleVerdict, type Verdict } from './grade-business.ts';
import type { RegionId } from './the-test.ts';

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

/** One region of the site's test (content/the-test.yaml): a pair of answers to its two questions. */
export interface MapRegion {
  id: RegionId;
  name: string;
  text: string;
  verdict: MapVerdict;
  tailoring: boolean;
  relationship: boolean;
  lessons: MapLink[];
}

export interface MapModel {
  /** The test's two questions, one per axis: the axis name, the question, and what each end means. */
  axes: Record<MapAxis, { name: string; question: string; low: string; high: string }>;
  businesses: MapBusiness[];
  contrasts: MapContrast[];
  regions: MapRegion[];
  /** Quiz question ids per axis. */
  quizAxes: Record<MapAxis, string[]>;
  /** The map page, for links from a lesson figure or the quiz. */
  page: string;
}

/** The little the quiz result needs to show the reader among the examples on a small map. */
export interface QuizMapModel {
  quizAxes: Record<MapAxis, string[]>;
  businesses: { label: string; name: string; placements: MapPoint[] }[];
  /** The small map as every page draws it (src/lib/map-drawing.ts), without names: regions, key and marks. */
  drawing: SmallMapDrawing;
  /** The test's regions, to name the one the reader's point is in. */
  regions: { id: RegionId; name: string }[];
  /** The map page, to link to with the reader's point. */
  page: string;
}

/** What a small map drawing keeps: enough to draw it, nothing to place labels with. */
export interface SmallMapDrawing {
  frame: { width: number; height: number; left: number; right: number; top: number; bottom: number };
  mid: { x: number; y: number };
  regions: {
    id: string;
    verdict: MapVerdict;
    x: number;
    y: number;
    width: number;
    height: number;
    name: { lines: string[]; lineHeight: number; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  }[];
  legend: { mark: 'client' | 'customer' | 'depends' | 'you'; text: string; x: number; textX: number; y: number }[];
  points: { answer: MapVerdict; x: number; y: number }[];
  axes: Record<MapAxis, { low: string; high: string }>;
}
