/**
 * What the course tells an LMS, as SCORM 1.2 data model values: where the learner is, what they
 * have opened and answered (kept in suspend_data so a later launch picks up), and the knowledge
 * check's best round as the score that decides passed or failed.
 */

/** The pass mark, in percent, also written into the package's manifest as adlcp:masteryscore. */
export const MASTERY_SCORE = 80;

// SCORM 1.2's size limits for the two free-text fields this course writes.
const SUSPEND_LIMIT = 4096;
const LOCATION_LIMIT = 255;

export interface CourseProgress {
  /** Lessons opened, by id. */
  lessons: string[];
  /** Lesson checks answered, by id. */
  checks: string[];
  /** The knowledge check's best full round. */
  best?: { right: number; total: number };
}

const ID = /^[a-z0-9-]{1,80}$/;
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string' && ID.test(v)))] : [];

/** Reads suspend_data back; anything unreadable (another course's data, a cut-off string) starts afresh. */
export function readProgress(suspendData: string): CourseProgress {
  try {
    const data: unknown = JSON.parse(suspendData);
    if (typeof data !== 'object' || data === null) return { lessons: [], checks: [] };
    const { l, c, b } = data as Record<string, unknown>;
    const progress: CourseProgress = { lessons: ids(l), checks: ids(c) };
    if (Array.isArray(b) && b.length === 2 && b.every(Number.isInteger) && b[1] > 0 && b[0] >= 0 && b[0] <= b[1])
      progress.best = { right: b[0], total: b[1] };
    return progress;
  } catch {
    return { lessons: [], checks: [] };
  }
}

/** suspend_data for the progress; answered checks are dropped first if it would not fit. */
export function writeProgress(progress: CourseProgress): string {
  const data = { l: progress.lessons, c: progress.checks, ...(progress.best && { b: [progress.best.right, progress.best.total] }) };
  const full = JSON.stringify(data);
  return full.length <= SUSPEND_LIMIT ? full : JSON.stringify({ ...data, c: [] });
}

const added = (list: string[], id: string) => (ID.test(id) && !list.includes(id) ? [...list, id] : list);

export const openedLesson = (p: CourseProgress, id: string): CourseProgress => ({ ...p, lessons: added(p.lessons, id) });
export const answeredCheck = (p: CourseProgress, id: string): CourseProgress => ({ ...p, checks: added(p.checks, id) });

/** Keeps the better of the stored round and a new one, so a weaker retry never undoes a pass. */
export function finishedRound(p: CourseProgress, right: number, total: number): CourseProgress {
  if (!(Number.isInteger(right) && Number.isInteger(total) && total > 0 && right >= 0 && right <= total)) return p;
  const better = !p.best || right / total > p.best.right / p.best.total;
  return better ? { ...p, best: { right, total } } : p;
}

/** A round's score in percent, as a whole number. */
export const percent = (best: { right: number; total: number }): number => Math.round((best.right / best.total) * 100);

/** The LMS's mastery score when it sends a usable one, else the course's own. */
export function masteryScore(fromLms: string): number {
  const n = fromLms.trim() === '' ? NaN : Number(fromLms);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : MASTERY_SCORE;
}

/** The cmi values to set for the progress, in the order to set them. */
export function scormValues(progress: CourseProgress, location: string, mastery: number): [string, string][] {
  const values: [string, string][] = [];
  if (location && location.length <= LOCATION_LIMIT) values.push(['cmi.core.lesson_location', location]);
  values.push(['cmi.suspend_data', writeProgress(progress)]);
  if (!progress.best) {
    values.push(['cmi.core.lesson_status', 'incomplete']);
    return values;
  }
  const score = percent(progress.best);
  values.push(
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(score)],
    ['cmi.core.lesson_status', score >= mastery ? 'passed' : 'failed'],
  );
  return values;
}

/** Time spent in this launch as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function sessionTime(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const h = Math.min(9999, Math.floor(cs / 360000));
  return `${pad(h, 4)}:${pad(Math.floor(cs / 6000) % 60, 2)}:${pad(Math.floor(cs / 100) % 60, 2)}.${pad(cs % 100, 2)}`;
}

/** The page to open on launch: the last one visited when it is still in the package, else the first. */
export const resumePage = (location: string, pages: readonly string[]): string => (pages.includes(location) ? location : pages[0]);
