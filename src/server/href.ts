import { withBase } from '../lib/paths.ts';

/** A root-relative site path with the configured base path in front. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
