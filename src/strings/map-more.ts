import type { MapNotice } from '../lib/map-url.ts';

/** The map's wording for a chosen business, the reader's own point and link notices, loaded when first needed. */
export const mapMoreStrings = {
  outOf: (n: number) => `${n}/100`,
  disagree: 'The articles place it differently',
  contrast: 'Compare',
  readLesson: 'Lesson',
  close: 'Clear selection',
  you: {
    remove: 'Remove my point',
    nearest: 'Nearest example businesses',
    region: (name: string) => `Where you sit: ${name}`,
    onTheLine: (name: string) => `Where you sit: on a line of the test, in between, at the edge of ${name}`,
    lessons: 'Lessons for here',
  },
  notices: {
    title: 'Part of this link could not be used, so the map shows its default view for it:',
    dismiss: 'Dismiss',
    text: (n: MapNotice): string => {
      switch (n.kind) {
        case 'unknown-business':
          return `There is no business "${n.value}" on the map.`;
        case 'unknown-filter':
          return `"${n.value}" is not a filter. Use client, customer or depends.`;
        case 'bad-point':
          return `"${n.value}" is not a point on the map. Use two whole numbers from 0 to 100, such as you=60,40.`;
        case 'bad-toggle':
          return `"${n.value}" does not turn "${n.name}" on or off. Use ${n.name}=1.`;
        case 'repeated':
          return `The link gives "${n.name}" more than once.`;
        case 'hidden-business':
          return 'The filter in the link would hide the chosen business, so every business is shown.';
        case 'unknown-parameter':
          return `The link has a setting the map does not know: "${n.name}".`;
      }
    },
  },
};
