/** What the map's cross-check needs to know of its own content and of the files it points into. */
export interface MapContentIndex {
  placements: { id: string; placements: { view?: string; tailoring: { source?: string }; relationship: { source?: string } }[] }[];
  contrasts: { between: [string, string]; sources: string[] }[];
  quizAxes: Record<'tailoring' | 'relationship', string[]>;
  /** The test's regions (content/the-test.yaml), with the lessons each lists by id. */
  regions: { id: string; lessons: string[] }[];
  businesses: string[];
  sources: string[];
  lessons: string[];
  quizQuestions: string[];
}

const MAP = 'content/map.yaml';
const PAGE = 'content/map-page.yaml';
const TEST = 'content/the-test.yaml';

/**
 * Every reference from the map's content that points nowhere, and every example business left
 * off the map, as messages naming the file to fix. An empty list means the map hangs together.
 */
export function mapContentProblems(c: MapContentIndex): string[] {
  const businesses = new Set(c.businesses);
  const sources = new Set(c.sources);
  const lessons = new Set(c.lessons);
  const problems: string[] = [];
  const placed = new Set<string>();
  for (const b of c.placements) {
    if (!businesses.has(b.id)) problems.push(`${MAP}: "${b.id}" is not a business in content/examples.yaml`);
    placed.add(b.id);
    for (const p of b.placements) {
      if (p.view !== undefined && !sources.has(p.view)) problems.push(`${MAP}: "${b.id}" has a view from unknown source "${p.view}"`);
      for (const axis of ['tailoring', 'relationship'] as const) {
        const source = p[axis].source;
        if (source !== undefined && !sources.has(source)) problems.push(`${MAP}: "${b.id}" cites unknown source "${source}" for ${axis}`);
      }
    }
  }
  for (const id of c.businesses) if (!placed.has(id)) problems.push(`${MAP}: "${id}" from content/examples.yaml has no place on the map`);
  for (const contrast of c.contrasts) {
    for (const id of contrast.between) if (!businesses.has(id)) problems.push(`${PAGE}: a contrast names unknown business "${id}"`);
    for (const id of contrast.sources) if (!sources.has(id)) problems.push(`${PAGE}: a contrast cites unknown source "${id}"`);
  }
  const questions = new Set(c.quizQuestions);
  for (const axis of ['tailoring', 'relationship'] as const) {
    for (const id of c.quizAxes[axis])
      if (!questions.has(id)) problems.push(`${PAGE}: quizAxes.${axis} names unknown quiz question "${id}"`);
  }
  for (const region of c.regions) {
    for (const id of region.lessons) if (!lessons.has(id)) problems.push(`${TEST}: region "${region.id}" lists unknown lesson "${id}"`);
  }
  return problems;
}
