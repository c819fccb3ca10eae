import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/server/content-checks/content-index.ts';
import { assertContentHangsTogether, contentProblems } from '../../src/server/content-checks/check-content.ts';
import { formatProblem } from '../../src/server/content-checks/problem.ts';
import { CONTENT_RULES } from '../../src/server/content-checks/rules.ts';
import { SHOP_INPUTS } from '../simulator-inputs.ts';

/**
 * Every cross-check rule against one small index of content that hangs together, and a broken
 * copy per rule: each rule must reject its broken fixture with a message naming the file and the
 * field. Pure functions over plain data, so no site build is needed.
 */

const row = (id: string, lesson?: string) => ({
  id,
  theme: 'money' as const,
  label: `Row ${id}`,
  client: 'A fee agreed for the work.',
  customer: 'The price on the tag.',
  sources: ['livechat'],
  ...(lesson && { lesson }),
});
const outcome = (preset: string) => ({
  name: 'x',
  headline: 'x',
  summary: 'x',
  description: 'x',
  recommendations: [{ text: 'x', link: { lesson: 'definitions', section: 'the-test', label: 'The test' } }],
  simulator: { preset, label: 'x', text: 'x' },
});

function goodIndex(): ContentIndex {
  return {
    lessons: [
      {
        id: 'definitions',
        file: 'content/lessons/definitions.mdx',
        body: 'See [who has which](/lessons/who-has-which/) and [pricing](/compare/#pricing).\n<LessonCheck id="ring-or-groomer" />',
        headings: ['the-test', 'why-two-words'],
      },
      {
        id: 'who-has-which',
        file: 'content/lessons/who-has-which.mdx',
        body: '<LessonFigure name="sort-businesses" focus="law-firm, gym" />',
        headings: ['professional-help-means-clients'],
      },
    ],
    sources: ['livechat', 'bolddesk'],
    glossary: [{ id: 'client', lessons: ['definitions'] }],
    examples: [
      { id: 'law-firm', answer: 'client', lesson: 'who-has-which', verdicts: [{ source: 'bolddesk' }] },
      { id: 'gym', answer: 'depends', lesson: 'who-has-which', verdicts: [{ source: 'livechat' }] },
    ],
    criteria: [row('pricing', 'definitions#why-two-words')],
    lessonChecks: [{ id: 'ring-or-groomer', options: [{ sources: ['livechat'] }, { sources: [] }] }],
    map: {
      placements: [
        { id: 'law-firm', placements: [{ tailoring: { score: 90, source: 'bolddesk' }, relationship: { score: 80 } }] },
        {
          id: 'gym',
          placements: [
            { view: 'livechat', tailoring: { score: 20 }, relationship: { score: 70 } },
            { view: 'bolddesk', tailoring: { score: 80 }, relationship: { score: 70 } },
          ],
        },
      ],
      contrasts: [{ between: ['law-firm', 'gym'], sources: ['livechat'] }],
      quizAxes: { tailoring: ['offering'], relationship: ['agreements'] },
    },
    theTest: { regions: [{ id: 'client', lessons: ['definitions'] }], articleTests: [{ source: 'livechat' }] },
    quiz: {
      questions: [
        {
          id: 'offering',
          dimension: 'What you sell',
          question: 'What do people buy?',
          answers: [],
          why: 'x',
          lessons: [{ lesson: 'definitions', section: 'why-two-words', label: 'Why two words?' }],
          compare: ['pricing'],
        },
        { id: 'agreements', dimension: 'Agreements', question: 'What is signed?', answers: [], why: 'x', lessons: [], compare: [] },
      ],
      outcomes: { 'client-based': outcome('shop'), 'customer-based': outcome('shop'), hybrid: outcome('shop') },
      compareRows: { pricing: 'Pricing' },
    },
    presets: [{ id: 'shop', sources: ['livechat'], inputs: SHOP_INPUTS }],
    simulatorDefaults: SHOP_INPUTS,
    workshopLinks: [
      '/lessons/definitions/#the-test',
      '/glossary/#client',
      '/examples/#example-gym',
      '/quiz/check/?seed=999999',
      '/compare/?theme=money',
      '/compare/#pricing',
      '/simulator/?preset=shop',
    ],
    worksheetLinks: ['/examples/#example-law-firm'],
  };
}

/** The one-line messages a rule gives for a broken copy of the good index. */
function brokenBy(rule: keyof typeof CONTENT_RULES, edit: (index: ContentIndex) => void): string[] {
  const index = goodIndex();
  edit(index);
  return CONTENT_RULES[rule](index).map(formatProblem);
}

describe('the content cross-checks', () => {
  it('find nothing wrong in content that hangs together', () => {
    expect(contentProblems(goodIndex())).toEqual([]);
    expect(() => assertContentHangsTogether(goodIndex())).not.toThrow();
  });

  it('stop the build listing every problem, one line each, as file: field: message', () => {
    const index = goodIndex();
    index.glossary[0].lessons = ['gone'];
    index.examples[0].verdicts = [{ source: 'rumour' }];
    expect(() => assertContentHangsTogether(index)).toThrow(
      /\(2 to fix\):\n {2}content\/glossary\.yaml: client\.lessons: unknown lesson "gone"\n {2}content\/examples\.yaml: law-firm\.verdicts: unknown source "rumour"/,
    );
  });

  it('glossaryLessons: a term lists a lesson that does not exist', () => {
    expect(brokenBy('glossaryLessons', (i) => (i.glossary[0].lessons = ['gone']))).toEqual([
      'content/glossary.yaml: client.lessons: unknown lesson "gone"',
    ]);
  });

  it('exampleReferences: a business points to an unknown lesson or cites an unknown source', () => {
    expect(
      brokenBy('exampleReferences', (i) => {
        i.examples[0].lesson = 'gone';
        i.examples[1].verdicts = [{ source: 'rumour' }];
      }),
    ).toEqual(['content/examples.yaml: law-firm.lesson: unknown lesson "gone"', 'content/examples.yaml: gym.verdicts: unknown source "rumour"']);
  });

  it('taughtAnswerAgrees: the answer we teach is not the one the test gives the business’s place on the map', () => {
    const problems = brokenBy('taughtAnswerAgrees', (i) => {
      // As editorial services once were: tailored, not lasting, yet taught as a client business.
      i.map!.placements[0].placements[0].relationship.score = 44;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/examples\.yaml: law-firm\.answer: teaches "client", but .*90\/44 \(one-off-job\) in content\/map\.yaml, gives "depends"/);
    // A business drawn in two regions "depends"; once both its points sit in one region, that region's verdict.
    expect(brokenBy('taughtAnswerAgrees', (i) => (i.map!.placements[1].placements[1].tailoring.score = 10))).toEqual([]);
    expect(brokenBy('taughtAnswerAgrees', (i) => (i.map!.placements[1].placements[0].tailoring.score = 80))).toEqual([
      expect.stringMatching(/^content\/examples\.yaml: gym\.answer: teaches "depends", but .* gives "client"/),
    ]);
  });

  it('taughtAnswerAgrees: a score just above 50 answers the question "yes"; exactly 50 is on the line and "depends"', () => {
    expect(brokenBy('taughtAnswerAgrees', (i) => (i.map!.placements[0].placements[0].relationship.score = 51))).toEqual([]);
    expect(brokenBy('taughtAnswerAgrees', (i) => (i.map!.placements[0].placements[0].relationship.score = 50))).toHaveLength(1);
    expect(brokenBy('taughtAnswerAgrees', (i) => (i.map!.placements[0].placements[0].relationship.score = 49))).toHaveLength(1);
  });

  it('criterionReferences: a row cites an unknown source, or points to a lesson or heading that does not exist', () => {
    expect(
      brokenBy('criterionReferences', (i) => {
        i.criteria = [{ ...row('pricing', 'definitions#old-heading'), sources: ['rumour'] }, row('journey', 'gone#intro')];
      }),
    ).toEqual([
      'content/criteria.yaml: pricing.sources: unknown source "rumour"',
      'content/criteria.yaml: pricing.lesson: lesson "definitions" has no heading "#old-heading"',
      'content/criteria.yaml: journey.lesson: unknown lesson "gone"',
    ]);
  });

  it('lessonLinks: a lesson links to a lesson or comparison row that does not exist, naming the lesson file', () => {
    expect(brokenBy('lessonLinks', (i) => (i.lessons[0].body = '[a](/lessons/gone/) and [b](/compare/?theme=money#nope)'))).toEqual([
      'content/lessons/definitions.mdx: body: links to unknown lesson "/lessons/gone/"',
      'content/lessons/definitions.mdx: body: links to unknown comparison row "/compare/#nope"',
    ]);
  });

  it('lessonComponents: a lesson places a question, figure or focus business that does not exist', () => {
    expect(
      brokenBy('lessonComponents', (i) => {
        i.lessons[1].body = '<LessonCheck id="no-such-check" />\n<LessonFigure name="pie-chart" />\n<LessonFigure name="client-customer-map" focus="law-firm,unicorn" />';
      }),
    ).toEqual([
      'content/lessons/who-has-which.mdx: body: <LessonCheck id="no-such-check" />: content/lesson-checks.yaml has no question "no-such-check"',
      expect.stringMatching(/^content\/lessons\/who-has-which\.mdx: body: <LessonFigure name="pie-chart">: no such figure; use one of client-customer-map, sort-businesses/),
      'content/lessons/who-has-which.mdx: body: <LessonFigure name="client-customer-map">: focus names "unicorn", not a business in content/examples.yaml',
    ]);
  });

  it('lessonCheckSources: an answer of a question cites an unknown source', () => {
    expect(brokenBy('lessonCheckSources', (i) => (i.lessonChecks[0].options[1].sources = ['rumour']))).toEqual([
      'content/lesson-checks.yaml: ring-or-groomer.options[1].sources: unknown source "rumour"',
    ]);
  });

  it('mapReferences: the map places unknown businesses, leaves one out, or cites, contrasts, asks or lists what does not exist', () => {
    expect(
      brokenBy('mapReferences', (i) => {
        const map = i.map!;
        map.placements = [
          { id: 'law-firm', placements: [{ view: 'nowhere', tailoring: { score: 90, source: 'gone' }, relationship: { score: 80 } }] },
          { id: 'unicorn', placements: [{ tailoring: { score: 1 }, relationship: { score: 1 } }] },
        ];
        map.contrasts = [{ between: ['law-firm', 'dragon'], sources: ['rumour'] }];
        map.quizAxes = { tailoring: ['offering'], relationship: ['vibes'] };
      }),
    ).toEqual([
      'content/map.yaml: law-firm.placements[0].view: unknown source "nowhere"',
      'content/map.yaml: law-firm.placements[0].tailoring.source: unknown source "gone"',
      'content/map.yaml: unicorn: "unicorn" is not a business in content/examples.yaml',
      'content/map.yaml: gym: "gym" from content/examples.yaml has no place on the map',
      'content/map-page.yaml: contrasts[0].between: unknown business "dragon"',
      'content/map-page.yaml: contrasts[0].sources: unknown source "rumour"',
      'content/map-page.yaml: quizAxes.relationship: unknown quiz question "vibes"',
    ]);
  });

  it('testReferences: a region lists a lesson, or the test an article, that does not exist', () => {
    expect(
      brokenBy('testReferences', (i) => {
        i.theTest = { regions: [{ id: 'client', lessons: ['no-lesson'] }], articleTests: [{ source: 'rumour' }] };
      }),
    ).toEqual([
      'content/the-test.yaml: regions.client.lessons: unknown lesson "no-lesson"',
      'content/the-test.yaml: articleTests[0].source: unknown source "rumour"',
    ]);
  });

  it('quizLinks: the quiz links to a missing lesson heading, comparison row or simulator scenario', () => {
    expect(
      brokenBy('quizLinks', (i) => {
        const quiz = i.quiz!;
        quiz.questions[0].lessons = [{ lesson: 'definitions', section: 'old-heading', label: 'x' }];
        quiz.questions[0].compare = ['no-such-row'];
        quiz.outcomes.hybrid = outcome('spaceship');
      }),
    ).toEqual([
      'content/quiz.yaml: questions.offering.lessons: /lessons/definitions/#old-heading: lesson "definitions" has no heading "#old-heading"',
      'content/quiz.yaml: questions.offering.compare: comparison row "no-such-row" is not in content/criteria.yaml',
      'content/quiz.yaml: outcomes.hybrid.simulator.preset: simulator scenario "spaceship" is not in content/simulator-presets.yaml',
    ]);
  });

  it('presetSources: a simulator scenario cites an unknown source', () => {
    expect(brokenBy('presetSources', (i) => (i.presets[0].sources = ['livechat', 'nope']))).toEqual([
      'content/simulator-presets.yaml: shop.sources: unknown source "nope"',
    ]);
  });

  it('workshopLinks: names each dead link in the guide or on the worksheet, once', () => {
    const problems = brokenBy('workshopLinks', (i) => {
      i.workshopLinks = [
        '/lessons/definitions/#old-heading',
        '/lessons/gone/#intro',
        '/glossary/#nope',
        '/glossary/#nope',
        '/compare/#no-such-row',
        '/simulator/?preset=spaceship',
      ];
      i.worksheetLinks = ['/examples/#example-nope'];
    });
    expect(problems).toEqual([
      'content/workshop.yaml: links: "/lessons/definitions/#old-heading": lesson "definitions" has no section "#old-heading"',
      'content/workshop.yaml: links: "/lessons/gone/#intro" points to unknown lesson "gone"',
      'content/workshop.yaml: links: "/glossary/#nope" points to unknown glossary term "nope"',
      'content/workshop.yaml: links: "/compare/#no-such-row" points to unknown comparison row "no-such-row"',
      'content/workshop.yaml: links: "/simulator/?preset=spaceship" points to unknown simulator scenario "spaceship"',
      'content/worksheet.yaml: classify.businesses.check: "/examples/#example-nope" points to unknown example "nope"',
    ]);
  });

  it('workshopLinks: reads seeds as the knowledge check does, refusing one the page would call damaged', () => {
    const [problem] = brokenBy('workshopLinks', (i) => (i.workshopLinks = ['/quiz/check/?seed=1000000']));
    expect(problem).toMatch(/^content\/workshop\.yaml: links: "\/quiz\/check\/\?seed=1000000" is not a link format .*seed=<whole number from 1 to 999999>/);
  });
});
