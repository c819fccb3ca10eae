import { answeredCheck, finishedRound, openedLesson, type CourseProgress } from './scorm-progress.ts';

/** The key the SCORM package's pages put their messages under, so the launch page ignores any other. */
export const COURSE_MESSAGE = 'clientOrCustomerCourse';

/** What a page of the package tells its launch page. */
export type CourseMessage =
  { type: 'page'; href: string; lesson?: string } | { type: 'check'; id: string } | { type: 'round'; right: number; total: number };

/** A posted message's course message, or undefined for anything else a frame might post. */
export function courseMessage(data: unknown): CourseMessage | undefined {
  const message = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[COURSE_MESSAGE] : undefined;
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'page' && typeof m.href === 'string')
    return { type: 'page', href: m.href, ...(typeof m.lesson === 'string' && { lesson: m.lesson }) };
  if (m.type === 'check' && typeof m.id === 'string') return { type: 'check', id: m.id };
  if (m.type === 'round' && typeof m.right === 'number' && typeof m.total === 'number')
    return { type: 'round', right: m.right, total: m.total };
  return undefined;
}

/** The path of a page inside the package, from its address and the launch page's folder; undefined outside it. */
export function pathInPackage(href: string, packageFolder: string): string | undefined {
  const url = new URL(href);
  const folder = new URL(packageFolder);
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return undefined;
  return decodeURIComponent(url.pathname.slice(folder.pathname.length));
}

/** The progress after a message, and the page the learner is on now. */
export function applyMessage(
  progress: CourseProgress,
  location: string,
  message: CourseMessage,
  packageFolder: string,
): { progress: CourseProgress; location: string } {
  if (message.type === 'check') return { progress: answeredCheck(progress, message.id), location };
  if (message.type === 'round') return { progress: finishedRound(progress, message.right, message.total), location };
  const page = pathInPackage(message.href, packageFolder);
  return {
    progress: message.lesson ? openedLesson(progress, message.lesson) : progress,
    location: page ?? location,
  };
}
