import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import yaml from 'js-yaml';
import { visit } from 'unist-util-visit';
import { numberCitations, unknownSourceIds } from '../../lib/sources.ts';
import { contentPath } from '../../server/content-dir.ts';

const SOURCES_FILE = contentPath('sources.yaml');

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

export function knownSourceIds(sourcesFile = SOURCES_FILE): string[] {
  const list = yaml.load(readFileSync(sourcesFile, 'utf8'));
  return Array.isArray(list) ? list.map((s) => String(s?.id)) : [];
}

/**
 * Gives every <Cite id="…" /> its reference number and exposes the cited ids, in order, as
 * `citations` in the lesson's remark frontmatter, so the reference list is generated, never typed.
 * A citation of an unknown source stops the build and names the lesson file.
 */
export function remarkCitations(options: { known?: string[] } = {}) {
  const known = options.known ?? knownSourceIds();
  return (tree: unknown, file: { path?: string; data: Record<string, any> }) => {
    const cites: { node: JsxElement; id: string }[] = [];
    visit(tree as any, (node: JsxElement) => {
      if (!node.type?.startsWith('mdxJsx') || node.name !== 'Cite') return;
      const idAttr = node.attributes?.find((a) => a.name === 'id');
      const id = typeof idAttr?.value === 'string' ? idAttr.value : '';
      cites.push({ node, id });
    });
    if (cites.length === 0) return;
    const where = file.path ? relative(process.cwd(), file.path) : 'a lesson';
    const unknown = unknownSourceIds(
      cites.map((c) => c.id),
      known,
    );
    if (unknown.length > 0) {
      throw new Error(
        `${where}: <Cite> names unknown source id ${unknown.map((id) => `"${id}"`).join(', ')}. ` +
          `Known ids (content/sources.yaml): ${known.join(', ')}.`,
      );
    }
    const numbers = numberCitations(cites.map((c) => c.id));
    for (const { node, id } of cites) {
      node.attributes!.push({ type: 'mdxJsxAttribute', name: 'n', value: String(numbers.get(id)) });
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = [...numbers.keys()];
  };
}
