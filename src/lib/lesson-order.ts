export interface Ordered {
  id: string;
  data: { order: number };
}

/** Lessons in reading order; ties (an editing slip) fall back to id so the order is stable. */
export function inReadingOrder<T extends Ordered>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The lessons just before and after `id` in reading order. */
export function neighbours<T extends Ordered>(lessons: readonly T[], id: string): { prev?: T; next?: T } {
  const ordered = inReadingOrder(lessons);
  const i = ordered.findIndex((l) => l.id === id);
  if (i === -1) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}
