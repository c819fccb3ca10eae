import { describe, expect, it } from 'vitest';
import { numberCitations, unknownSourceIds } from '../../src/lib/sources.ts';
import { remarkCitations, knownSourceIds } from '../../src/integrations/markdown/remark-citations.ts';

const cite = (id: string) => ({
  type: 'mdxJsxTextElement',
  name: 'Cite',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
});
const tree = (...ids: string[]) => ({ type: 'root', children: [{ type: 'paragraph', children: ids.map(cite) }] });

describe('numberCitations', () => {
  it('numbers sources in the order they are first cited and reuses numbers', () => {
    expect([...numberCitations(['b', 'a', 'b', 'c'])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});

describe('unknownSourceIds', () => {
  it('lists each unknown id once', () => {
    expect(unknownSourceIds(['a', 'x', 'x', 'b'], ['a', 'b'])).toEqual(['x']);
  });
});

describe('remarkCitations', () => {
  it('numbers each <Cite> and lists the cited sources in order', () => {
    const t = tree('livechat', 'bolddesk', 'livechat');
    const file = { path: `${process.cwd()}/content/lessons/x.mdx`, data: {} as Record<string, any> };
    remarkCitations({ known: ['bolddesk', 'livechat'] })(t, file);
    const ns = t.children[0].children.map((c) => c.attributes.find((a) => a.name === 'n')?.value);
    expect(ns).toEqual(['1', '2', '1']);
    expect(file.data.astro.frontmatter.citations).toEqual(['livechat', 'bolddesk']);
  });

  it('stops with the file name and the bad id when a source is unknown', () => {
    const file = { path: `${process.cwd()}/content/lessons/bad.mdx`, data: {} };
    expect(() => remarkCitations({ known: ['bolddesk'] })(tree('nope'), file)).toThrow(/content\/lessons\/bad\.mdx.*"nope"/);
  });

  it('knows the five sources of the site', () => {
    expect(knownSourceIds()).toHaveLength(5);
  });
});

describe('citedSourceIds', () => {
  it('lists the sources a lesson cites, once each, in order', async () => {
    const { citedSourceIds } = await import('../../src/lib/sources.ts');
    expect(citedSourceIds('A <Cite id="livechat" /> b <Cite id=\'bolddesk\'/> c <Cite id="livechat" />')).toEqual(['livechat', 'bolddesk']);
    expect(citedSourceIds('No citations here.')).toEqual([]);
  });
});
