import type { ContentRule } from '../content-index.ts';

/** Links in a lesson's text to another lesson or to a comparison row go somewhere. */
export const lessonLinks: ContentRule = ({ lessons, criteria }) => {
  const lessonIds = new Set(lessons.map((l) => l.id));
  const rows = new Set(criteria.map((c) => c.id));
  return lessons.flatMap((l) => [
    ...[...l.body.matchAll(/\]\(\/lessons\/([^/)#]+)/g)]
      .filter(([, target]) => !lessonIds.has(target))
      .map(([, target]) => ({ file: l.file, field: 'body', message: `links to unknown lesson "/lessons/${target}/"` })),
    ...[...l.body.matchAll(/\]\(\/compare\/[^)#\s]*#([^)\s]+)\)/g)]
      .filter(([, row]) => !rows.has(row))
      .map(([, row]) => ({ file: l.file, field: 'body', message: `links to unknown comparison row "/compare/#${row}"` })),
  ]);
};
