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
