/**
 * Joins the site's base path and a root-relative path, so every internal link survives
 * hosting in a sub-folder. `withBase('/docs/', '/lessons/')` → `/docs/lessons/`.
 */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** A base path as a folder: always one trailing slash (`/docs` and `/docs/` → `/docs/`). */
export const asFolder = (base: string): string => base.replace(/\/*$/, '/');
