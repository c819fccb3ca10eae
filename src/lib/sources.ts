/** A source article as the site refers to it. Kept free of Astro so build plugins and tests share it. */
export interface SourceRef {
  id: string;
  title: string;
}

/**
 * Numbers citations in the order a reader meets them: the first source cited is [1],
 * and citing it again reuses its number.
 */
export function numberCitations(citedIds: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of citedIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** Ids in `citedIds` that name no known source, each once. */
export function unknownSourceIds(citedIds: readonly string[], knownIds: Iterable<string>): string[] {
  const known = new Set(knownIds);
  return [...new Set(citedIds.filter((id) => !known.has(id)))];
}

/** Source ids cited in a lesson's MDX text, in order of first citation. */
export function citedSourceIds(mdx: string): string[] {
  return [...numberCitations([...mdx.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1])).keys()];
}
