// Reads public/_headers the way static hosts (Netlify, Cloudflare Pages) do: a path pattern on
// its own line, indented `Name: value` lines under it, `*` matching the rest of a path. A request
// gets the headers of every rule it matches, and a header repeated across rules is joined with
// ", " (for a CSP that makes two policies, both enforced).
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matcher = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The rules a request path matches, in file order. */
export const rulesFor = (rules: readonly HeaderRule[], path: string): HeaderRule[] => rules.filter((r) => matcher(r.pattern).test(path));

/** The response headers a host sends for a path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesFor(rules, path))
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  return headers;
}

export const readHeaderRules = (file: string): HeaderRule[] => parseHeaders(readFileSync(file, 'utf8'));
