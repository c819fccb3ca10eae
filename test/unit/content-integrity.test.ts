import { describe, expect, it } from 'vitest';
import { danglingReferences } from '../../src/lib/content-integrity.ts';

const good = {
  lessons: [{ id: 'definitions', filePath: 'content/lessons/definitions.mdx', body: 'See [x](/lessons/definitions/#a).' }],
  sources: [{ id: 'livechat' }],
  glossary: [{ id: 'client', lessons: ['definitions'] }],
  examples: [{ id: 'gym', lesson: 'definitions', verdicts: [{ source: 'livechat' }] }],
};

describe('danglingReferences', () => {
  it('finds nothing wrong in content that hangs together', () => {
    expect(danglingReferences(good)).toEqual([]);
  });

  it('names the file and the missing target for each broken reference', () => {
    const problems = danglingReferences({
      ...good,
      lessons: [{ ...good.lessons[0], body: 'See [x](/lessons/gone/).' }],
      glossary: [{ id: 'client', lessons: ['nowhere'] }],
      examples: [{ id: 'gym', lesson: 'missing', verdicts: [{ source: 'unknown' }] }],
    });
    expect(problems).toEqual([
      'content/glossary.yaml: term "client" lists unknown lesson "nowhere"',
      'content/examples.yaml: "gym" points to unknown lesson "missing"',
      'content/examples.yaml: "gym" cites unknown source "unknown"',
      'content/lessons/definitions.mdx: links to unknown lesson "/lessons/gone/"',
    ]);
  });
});

describe('comparison rows', () => {
  const servingWell = {
    id: 'serving-well',
    filePath: 'content/lessons/serving-well.mdx',
    body: 'See [the row](/compare/#exclusivity).',
    headings: ['exclusivity'],
  };
  const lessons = [...good.lessons, servingWell];
  const criterion = { id: 'exclusivity', sources: ['livechat'], lesson: 'serving-well#exclusivity' };

  it('accepts rows whose sources, lesson and heading all exist', () => {
    expect(danglingReferences({ ...good, lessons, criteria: [criterion] })).toEqual([]);
  });

  it('names the file, the row and the missing source, lesson or heading', () => {
    expect(
      danglingReferences({
        ...good,
        lessons,
        criteria: [
          { id: 'exclusivity', sources: ['livechat', 'no-such-article'], lesson: 'serving-well#no-such-heading' },
          { id: 'pricing', sources: ['livechat'], lesson: 'gone#pricing' },
        ],
      }),
    ).toEqual([
      'content/criteria.yaml: "exclusivity" cites unknown source "no-such-article"',
      'content/criteria.yaml: "exclusivity" points to "serving-well#no-such-heading", but that lesson has no heading "no-such-heading"',
      'content/criteria.yaml: "pricing" points to unknown lesson "gone"',
    ]);
  });

  it('names a lesson that links to a row that does not exist', () => {
    const body = 'See [the row](/compare/?theme=money#gone).';
    expect(danglingReferences({ ...good, lessons: [...good.lessons, { ...servingWell, body }], criteria: [criterion] })).toEqual([
      'content/lessons/serving-well.mdx: links to unknown comparison row "/compare/#gone"',
    ]);
  });
});
