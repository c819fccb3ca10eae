import type { MapNotice } from '../lib/map-url.ts';
import type { MapVerdict } from '../lib/map-model.ts';

/**
 * The client–customer map's wording. Apart from the rest of the site's strings so the map's
 * island downloads only its own. Content wording (axes, zones, reasons) is in content/.
 */
export const mapStrings = {
  navLabel: 'Map',
  figureLabel: 'Map of example businesses by how tailored the offer is and how lasting the relationship is',
  verdicts: { client: 'Client', customer: 'Customer', depends: 'It depends' } satisfies Record<MapVerdict, string>,
  says: { client: 'client', customer: 'customer', both: 'both' },
  corners: { client: 'Clients', customer: 'Customers' },
  filter: 'Show',
  all: 'All',
  choose: 'Business',
  chooseNone: 'Choose a business…',
  legend: { client: 'Client', customer: 'Customer', depends: 'It depends', views: 'Articles disagree: one point per article', contrast: 'Same field, different offer', you: 'Your business' },
  listed: 'Not labelled on the map, to keep it readable:',
  hint: 'Select a point, a name in the list or a business above to see why it sits where it does.',
  keys: 'Tab to the map, then use the arrow keys to move between points and Enter to select.',
  tailoring: 'Tailoring',
  relationship: 'Relationship',
  outOf: (n: number) => `${n}/100`,
  ours: 'our judgement',
  inView: (view: string) => `In ${view}'s view`,
  disagree: 'The articles place it differently',
  articlesSay: 'What the articles say',
  contrast: 'Compare',
  readLesson: 'Lesson',
  close: 'Clear selection',
  pointLabel: (name: string, t: number, r: number, verdict: string) => `${name}: tailoring ${t}, relationship ${r}. ${verdict}.`,
  shown: (n: number, total: number) => (n === total ? `Showing all ${total} businesses.` : `Showing ${n} of ${total} businesses.`),
  you: {
    title: 'Your business on the map',
    intro: 'Move the sliders, or drag your point, to where your own business sits.',
    place: 'Place my business',
    remove: 'Remove my point',
    label: 'You',
    tailoring: 'How tailored is what you sell?',
    relationship: 'How lasting is the relationship?',
    valueText: (v: number, t: number, r: number) => `${v} of 100. Your point: tailoring ${t}, relationship ${r}.`,
    point: (t: number, r: number) => `Your business: tailoring ${t}, relationship ${r}`,
    nearest: 'Nearest example businesses',
    zone: (name: string) => `Where you sit: ${name}`,
    lessons: 'Lessons for here',
    fromQuiz: 'Placed from your quiz answers.',
  },
  lessonLink: 'Open the full map',
  quiz: {
    title: 'You on the client–customer map',
    text: (t: number, r: number) => `From your answers: tailoring ${t}, relationship ${r} out of 100.`,
    nearest: (names: string) => `Nearest example businesses: ${names}.`,
    open: 'Explore the map with you on it',
    image: (t: number, r: number) => `Map with your business at tailoring ${t}, relationship ${r}, among the example businesses`,
  },
  notices: {
    title: 'Part of this link could not be used, so the map shows its default view for it:',
    dismiss: 'Dismiss',
    text: (n: MapNotice): string => {
      switch (n.kind) {
        case 'unknown-business': return `There is no business "${n.value}" on the map.`;
        case 'unknown-filter': return `"${n.value}" is not a filter. Use client, customer or depends.`;
        case 'bad-point': return `"${n.value}" is not a point on the map. Use two whole numbers from 0 to 100, such as you=60,40.`;
        case 'repeated': return `The link gives "${n.name}" more than once.`;
        case 'hidden-business': return 'The filter in the link would hide the chosen business, so every business is shown.';
        case 'unknown-parameter': return `The link has a setting the map does not know: "${n.name}".`;
      }
    },
  },
};
