/** What the cross-reference check needs to know of each collection. */
export interface ContentIndex {
  lessons: { id: string; filePath?: string; body?: string }[];
  sources: { id: string }[];
  glossary: { id: string; lessons: string[] }[];
  examples: { id: string; lesson: string; verdicts: { source: string }[] }[];
}

/**
 * Every reference between content files that points nowhere, as a message naming the file
 * to fix. An empty list means the content hangs together.
 */
export function danglingReferences({ lessons, sources, glossary, examples }: ContentIndex): string[] {
  const lessonIds = new Set(lessons.map((l) => l.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const problems: string[] = [];
  for (const term of glossary) {
    for (const lesson of term.lessons) {
      if (!lessonIds.has(lesson)) problems.push(`content/glossary.yaml: term "${term.id}" lists unknown lesson "${lesson}"`);
    }
  }
  for (const example of examples) {
    if (!lessonIds.has(example.lesson)) problems.push(`content/examples.yaml: "${example.id}" points to unknown lesson "${example.lesson}"`);
    for (const { source } of example.verdicts) {
      if (!sourceIds.has(source)) problems.push(`content/examples.yaml: "${example.id}" cites unknown source "${source}"`);
    }
  }
  for (const lesson of lessons) {
    for (const [, target] of (lesson.body ?? '').matchAll(/\]\(\/lessons\/([^/)#]+)/g)) {
      if (!lessonIds.has(target)) problems.push(`${lesson.filePath ?? lesson.id}: links to unknown lesson "/lessons/${target}/"`);
    }
  }
  return problems;
}
