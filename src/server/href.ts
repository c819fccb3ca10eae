import { asFolder, withBase } from '../lib/paths.ts';

/** The configured base path, as a folder: `/` or `/client-or-customer/`. */
export const base = asFolder(import.meta.env.BASE_URL);

/** A root-relative site path with the configured base path in front. */
export const href = (path: string): string => withBase(base, path);

/** Whether the build was given the site's real origin (SITE_URL); see astro.config.mjs. */
export const siteUrlSet: boolean = import.meta.env.SITE_URL_SET === true;

/**
 * The address to print for a built path (one that already has the base in front): the full
 * address when the build knows the site's origin, else the path alone, which a reader can still
 * type after the site's name rather than a made-up domain.
 */
export const printedAddress = (builtPath: string): string => (siteUrlSet ? new URL(builtPath, import.meta.env.SITE).href : builtPath);
