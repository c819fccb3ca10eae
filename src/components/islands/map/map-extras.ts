// What the map needs only once a reader selects a business, places their own point or arrives by
// arrives by a link with state in it: loaded on first use, so the map itself starts small.
export { default as MapDetails } from './MapDetails.tsx';
export { default as MapNotices } from './MapNotices.tsx';
export { default as YourPoint } from './YourPoint.tsx';
export { mapSearch, readMapUrl } from '../../../lib/map-url.ts';
export { dragYou, onMapKey } from './map-gestures.ts';
