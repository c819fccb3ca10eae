/** Where the SCORM package is published in the built site, for the workshop page's link. */
export const PACKAGE_PATH = 'downloads/client-or-customer-scorm12.zip';

/** A file's size as a reader says it: "640 KB", "1.2 MB" (decimal units, as download pages and file managers show them). */
export const readableSize = (bytes: number): string =>
  bytes < 999_500 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
