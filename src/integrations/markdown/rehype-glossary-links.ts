import { readFileSync, existsSync } from 'node:fs';
import yaml from 'js-yaml';
import { SKIP, visit } from 'unist-util-visit';
import { createTermFinder, type TermPattern } from '../../lib/term-matcher.ts';
import { contentPath } from '../../server/content-dir.ts';
import { strings } from '../../strings/site.ts';

const GLOSSARY_FILE = contentPath('glossary.yaml');

/** A glossary term as a lesson needs it: the phrases that use it, and what it means. */
export interface GlossaryEntry extends TermPattern {
  term: string;
  definition: string;
}

function glossaryTerms(): GlossaryEntry[] {
  if (!existsSync(GLOSSARY_FILE)) return [];
  const list = yaml.load(readFileSync(GLOSSARY_FILE, 'utf8'));
  if (!Array.isArray(list)) return [];
  return list.map((t: any) => ({
    id: String(t.id),
    phrases: [String(t.term), ...(t.aliases ?? []).map(String)],
    term: String(t.term),
    definition: String(t.definition ?? ''),
  }));
}

/** Text inside these is never turned into a glossary link. */
const SKIP_TAGS = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'code', 'pre', 'sup', 'th']);

const text = (value: string) => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: any[]) => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * The first use of a term, as the reader meets it. Two ways in, one shown: where the browser has
 * the Popover API (no script needed), the word is a button that opens the short definition right
 * there, with a link on to the full entry; elsewhere, and in print, it is a plain link to the
 * glossary. The stylesheet picks one (a.term-link, button.term-button).
 */
export function termNodes(entry: GlossaryEntry, words: string): any[] {
  const href = `/glossary/#${entry.id}`;
  const popoverId = `term-${entry.id}`;
  return [
    element('a', { href, className: ['term', 'term-link'] }, [text(words)]),
    element('button', { type: 'button', className: ['term', 'term-button'], popoverTarget: popoverId, dataPagefindIgnore: '' }, [
      text(words),
    ]),
    element('span', { id: popoverId, popover: 'auto', className: ['term-definition'], dataPagefindIgnore: '' }, [
      element('strong', {}, [text(entry.term)]),
      text(` ${entry.definition} `),
      element('a', { href }, [text(strings.lesson.glossaryEntry)]),
    ]),
  ];
}

/**
 * Turns the first use of each glossary term in a lesson into its definition in place (see
 * termNodes), so editors never hand-maintain glossary links and every term's meaning is where
 * the reader is.
 */
export function rehypeGlossaryLinks(options: { terms?: GlossaryEntry[] } = {}) {
  const terms = options.terms ?? glossaryTerms();
  const byId = new Map(terms.map((t) => [t.id, t]));
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
        if (hit.start > at) pieces.push(text(node.value.slice(at, hit.start)));
        pieces.push(...termNodes(byId.get(hit.id)!, node.value.slice(hit.start, hit.end)));
        at = hit.end;
      }
      if (at < node.value.length) pieces.push(text(node.value.slice(at)));
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
