import { asFolder, withBase } from '../lib/paths.ts';

/** The configured base path, as a folder: `/` or `/client-or-customer/`. */
export const base = asFolder(import.meta.env.BASE_URL);

/** A root-relative site path with the configured base path in front. */
export const href = (path: string): string => withBase(base, path);
