import type { MapVerdict } from '../lib/map-model.ts';

/**
 * The wording the map's islands show before anything is chosen. Apart from the rest of the
 * site's strings so the islands download only their own: what only the server draws is in
 * map-page.ts, and what shows once a reader selects or places something is in map-more.ts,
 * loaded then. Content wording (axes, regions, reasons) is in content/.
 */
export const mapStrings = {
  verdicts: { client: 'Client', customer: 'Customer', depends: 'It depends' } satisfies Record<MapVerdict, string>,
  filter: 'Show',
  all: 'All',
  choose: 'Business',
  chooseNone: 'Choose a business…',
  views: 'Where the articles disagree',
  viewsKey: 'A hollow ring on a dotted line is where another article puts that business.',
  hint: 'Select a mark, a number in the key or a business above to see why it sits where it does.',
  keys: 'Tab to the map, then use the arrow keys to move between businesses and Enter to select.',
  detailsLabel: 'About the business',
  tailoring: 'Tailoring',
  relationship: 'Relationship',
  you: {
    title: 'Your business on the map',
    intro: 'Where does your own business sit? Place it, then move it with the two sliders or drag it on the map.',
    place: 'Place my business',
    quiz: 'or take the quiz',
    valueText: (v: number, t: number, r: number) => `${v} of 100. Your point: tailoring ${t}, relationship ${r}.`,
    nearest: (names: string) => `Nearest: ${names}.`,
    onTheLine: 'On a line of the test: in between, so you serve both',
  },
};
