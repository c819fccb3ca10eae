/** localStorage key for the ids of lessons the reader has opened. */
export const PROGRESS_KEY = 'coc:lessons-opened';

const LESSON_ID = /^[a-z0-9-]{1,80}$/;

/**
 * Lesson ids from a stored value. Anything unreadable (missing, corrupt JSON, wrong shape,
 * odd ids) counts as "nothing read yet" rather than an error.
 */
export function parseProgress(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((id): id is string => typeof id === 'string' && LESSON_ID.test(id)))];
  } catch {
    return [];
  }
}

/** The stored value after opening `id`. */
export function recordOpened(raw: string | null | undefined, id: string): string {
  const ids = parseProgress(raw);
  if (LESSON_ID.test(id) && !ids.includes(id)) ids.push(id);
  return JSON.stringify(ids);
}
