import { zoneAt } from '../../../lib/map-nearby.ts';
import type { MapZone } from '../../../lib/map-model.ts';
import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/**
 * Some zone holds every whole-number point of the map, so every reader gets lessons for where
 * they sit. Asks the map's own zoneAt, so the check and the page find zones the same way.
 */
export const mapZonesCover: ContentRule = ({ map }) => {
  if (!map) return [];
  // zoneAt reads only each zone's ranges.
  const zones = map.zones as unknown as MapZone[];
  for (let t = 0; t <= 100; t += 1) {
    for (let r = 0; r <= 100; r += 1) {
      if (!zoneAt(zones, { tailoring: t, relationship: r }))
        return [
          {
            file: FILES.mapPage,
            field: 'zones',
            message: `no zone holds the point tailoring ${t}, relationship ${r}; end with zones that cover the whole map`,
          },
        ];
    }
  }
  return [];
};
