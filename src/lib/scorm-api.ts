/** The part of the SCORM 1.2 run-time API (`window.API`) this course calls. */
export interface ScormApi {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError?(): string | number;
}

/** Just enough of a window to look for the API: the frame it sits in and the window that opened it. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

// ADL's own discovery script gives up after this many frames, so a broken chain never loops.
const MAX_DEPTH = 500;

const isApi = (value: unknown): value is ScormApi =>
  typeof value === 'object' &&
  value !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** A frame's API, or undefined when there is none or the frame belongs to another site (reading it throws). */
function apiOf(win: WindowLike): ScormApi | undefined {
  try {
    return isApi(win.API) ? win.API : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** Looks in `win`, then up its chain of parent frames. */
function searchUp(win: WindowLike): ScormApi | undefined {
  let current: WindowLike | undefined = win;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const api = apiOf(current);
    if (api) return api;
    current = parentOf(current);
  }
  return undefined;
}

/**
 * Finds the LMS's SCORM 1.2 API the standard way: in this window and its parent frames, then in
 * the window that opened the top one (an LMS that launches courses in a pop-up) and its parents.
 */
export function findScormApi(win: WindowLike): ScormApi | undefined {
  const found = searchUp(win);
  if (found) return found;
  let top: WindowLike = win;
  for (let depth = 0, up = parentOf(top); up && depth < MAX_DEPTH; depth++, up = parentOf(top)) top = up;
  let opener: WindowLike | null | undefined;
  try {
    opener = top.opener;
  } catch {
    return undefined;
  }
  return opener ? searchUp(opener) : undefined;
}
