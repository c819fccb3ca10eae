import { readFileSync, existsSync } from 'node:fs';
import yaml from 'js-yaml';
import { SKIP, visit } from 'unist-util-visit';
import { createTermFinder, type TermPattern } from '../../lib/term-matcher.ts';
import { contentPath } from '../../server/content-dir.ts';

const GLOSSARY_FILE = contentPath('glossary.yaml');

function glossaryTerms(): TermPattern[] {
  if (!existsSync(GLOSSARY_FILE)) return [];
  const list = yaml.load(readFileSync(GLOSSARY_FILE, 'utf8'));
  if (!Array.isArray(list)) return [];
  return list.map((t: any) => ({ id: String(t.id), phrases: [String(t.term), ...(t.aliases ?? []).map(String)] }));
}

/** Text inside these is never turned into a glossary link. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'code', 'pre', 'sup', 'th']);

/**
 * Links the first use of each glossary term in a lesson to its definition, so editors never
 * hand-maintain glossary links and every term is one click from its meaning.
 */
export function rehypeGlossaryLinks(options: { terms?: TermPattern[] } = {}) {
  const terms = options.terms ?? glossaryTerms();
  return (tree: any) => {
    const findNew = createTermFinder(terms);
    visit(tree, (node: any, index, parent: any) => {
      if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const hits = findNew(node.value);
      if (hits.length === 0) return;
      const pieces: any[] = [];
      let at = 0;
      for (const hit of hits) {
        if (hit.start > at) pieces.push({ type: 'text', value: node.value.slice(at, hit.start) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `/glossary/#${hit.id}`, className: ['term'] },
          children: [{ type: 'text', value: node.value.slice(hit.start, hit.end) }],
        });
        at = hit.end;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
