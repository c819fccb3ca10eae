import type { MapBusiness, MapPoint, MapRegion } from './map-model.ts';
import { regionOf } from './the-test.ts';

/** What is around the reader's point: the nearest example businesses, and the test's region it is in. */

/** What finding the nearest businesses needs of each: a name and its points. */
type Placed = Pick<MapBusiness, 'label'> & { placements: readonly MapPoint[] };

export interface Nearby<B extends Placed = MapBusiness> {
  business: B;
  /** Distance on the 0–100 scales, to the business's nearest placement. */
  distance: number;
}

/** The `count` businesses closest to a point; a business drawn twice counts once, at its nearer point. */
export function nearestBusinesses<B extends Placed>(point: MapPoint, businesses: readonly B[], count = 3): Nearby<B>[] {
  return businesses
    .map((business) => ({
      business,
      distance: Math.min(...business.placements.map((p) => Math.hypot(p.tailoring - point.tailoring, p.relationship - point.relationship))),
    }))
    .sort((a, b) => a.distance - b.distance || a.business.label.localeCompare(b.business.label))
    .slice(0, Math.max(0, count));
}

/** The region of the test a point falls in, as src/lib/the-test.ts sorts it. */
export function regionAt<R extends Pick<MapRegion, 'id'>>(regions: readonly R[], point: MapPoint): R | undefined {
  const id = regionOf(point);
  return regions.find((r) => r.id === id);
}
