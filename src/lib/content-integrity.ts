/** What the cross-reference check needs to know of each collection. */
export interface ContentIndex {
  /** `headings` are the slugs of the lesson's headings, where known. */
  lessons: { id: string; filePath?: string; body?: string; headings?: string[] }[];
  sources: { id: string }[];
  glossary: { id: string; lessons: string[] }[];
  examples: { id: string; lesson: string; verdicts: { source: string }[] }[];
  criteria?: { id: string; sources: string[]; lesson?: string }[];
}

/**
 * Every reference between content files that points nowhere, as a message naming the file
 * to fix. An empty list means the content hangs together.
 */
export function danglingReferences({ lessons, sources, glossary, examples, criteria = [] }: ContentIndex): string[] {
  const lessonIds = new Set(lessons.map((l) => l.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const problems: string[] = [];
  for (const term of glossary) {
    for (const lesson of term.lessons) {
      if (!lessonIds.has(lesson)) problems.push(`content/glossary.yaml: term "${term.id}" lists unknown lesson "${lesson}"`);
    }
  }
  for (const example of examples) {
    if (!lessonIds.has(example.lesson))
      problems.push(`content/examples.yaml: "${example.id}" points to unknown lesson "${example.lesson}"`);
    for (const { source } of example.verdicts) {
      if (!sourceIds.has(source)) problems.push(`content/examples.yaml: "${example.id}" cites unknown source "${source}"`);
    }
  }
  const criterionIds = new Set(criteria.map((c) => c.id));
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  for (const criterion of criteria) {
    for (const source of criterion.sources) {
      if (!sourceIds.has(source)) problems.push(`content/criteria.yaml: "${criterion.id}" cites unknown source "${source}"`);
    }
    if (!criterion.lesson) continue;
    const [lessonId, heading] = criterion.lesson.split('#');
    const lesson = lessonsById.get(lessonId);
    if (!lesson) problems.push(`content/criteria.yaml: "${criterion.id}" points to unknown lesson "${lessonId}"`);
    else if (lesson.headings && !lesson.headings.includes(heading)) {
      problems.push(
        `content/criteria.yaml: "${criterion.id}" points to "${criterion.lesson}", but that lesson has no heading "${heading}"`,
      );
    }
  }
  for (const lesson of lessons) {
    for (const [, target] of (lesson.body ?? '').matchAll(/\]\(\/lessons\/([^/)#]+)/g)) {
      if (!lessonIds.has(target)) problems.push(`${lesson.filePath ?? lesson.id}: links to unknown lesson "/lessons/${target}/"`);
    }
    for (const [, row] of (lesson.body ?? '').matchAll(/\]\(\/compare\/[^)#\s]*#([^)\s]+)\)/g)) {
      if (!criterionIds.has(row)) problems.push(`${lesson.filePath ?? lesson.id}: links to unknown comparison row "/compare/#${row}"`);
    }
  }
  return problems;
}
