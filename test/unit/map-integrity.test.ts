import { describe, expect, it } from 'vitest';
import { mapContentProblems, type MapContentIndex } from '../../src/lib/map-integrity.ts';

const good: MapContentIndex = {
  placements: [
    { id: 'gym', placements: [{ tailoring: { source: 'livechat' }, relationship: {} }] },
    {
      id: 'saas',
      placements: [
        { view: 'livechat', tailoring: {}, relationship: {} },
        { view: 'ecommerce-guide', tailoring: {}, relationship: {} },
      ],
    },
  ],
  contrasts: [{ between: ['gym', 'saas'], sources: ['livechat'] }],
  quizAxes: { tailoring: ['offering'], relationship: ['agreements'] },
  regions: [{ id: 'client', lessons: ['serving-both'] }],
  businesses: ['gym', 'saas'],
  sources: ['livechat', 'ecommerce-guide'],
  lessons: ['serving-both'],
  quizQuestions: ['offering', 'agreements'],
};

describe('mapContentProblems', () => {
  it('finds nothing wrong in a map that hangs together', () => {
    expect(mapContentProblems(good)).toEqual([]);
  });

  it('names the file and the missing target for every broken reference', () => {
    expect(
      mapContentProblems({
        ...good,
        placements: [
          { id: 'gym', placements: [{ view: 'nowhere', tailoring: { source: 'gone' }, relationship: { source: 'livechat' } }] },
          { id: 'unicorn', placements: [{ tailoring: {}, relationship: {} }] },
        ],
        contrasts: [{ between: ['gym', 'dragon'], sources: ['rumour'] }],
        quizAxes: { tailoring: ['offering'], relationship: ['vibes'] },
        regions: [{ id: 'client', lessons: ['no-lesson'] }],
      }),
    ).toEqual([
      'content/map.yaml: "gym" has a view from unknown source "nowhere"',
      'content/map.yaml: "gym" cites unknown source "gone" for tailoring',
      'content/map.yaml: "unicorn" is not a business in content/examples.yaml',
      'content/map.yaml: "saas" from content/examples.yaml has no place on the map',
      'content/map-page.yaml: a contrast names unknown business "dragon"',
      'content/map-page.yaml: a contrast cites unknown source "rumour"',
      'content/map-page.yaml: quizAxes.relationship names unknown quiz question "vibes"',
      'content/the-test.yaml: region "client" lists unknown lesson "no-lesson"',
    ]);
  });
});
