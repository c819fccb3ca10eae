import type { MapBusiness, MapPoint, MapZone } from './map-model.ts';

/** What is around the reader's point: the nearest example businesses, and the zone it is in. */

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

/** The zone a point falls in: the first that holds it, so earlier zones win at shared edges. */
export function zoneAt(zones: readonly MapZone[], point: MapPoint): MapZone | undefined {
  const inside = (v: number, [low, high]: readonly [number, number]) => v >= low && v <= high;
  return zones.find((z) => inside(point.tailoring, z.tailoring) && inside(point.relationship, z.relationship));
}
