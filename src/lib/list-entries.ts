/**
 * Prepares a YAML list for Astro's file loader, which would otherwise lose two things:
 * - the order the editor wrote, because the content store hands entries back sorted by id;
 *   each entry gets its `position` in the file;
 * - entries without an id, which the loader skips with only a log line; each gets a
 *   placeholder id that the schema rejects, so the build stops and names the file and entry.
 */
export function numberListEntries(items: unknown): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item, i) => {
    const entry: Record<string, unknown> = item !== null && typeof item === 'object' ? { ...item } : { value: item };
    const id = typeof entry.id === 'string' && entry.id !== '' ? entry.id : `entry ${i + 1} has no id`;
    return { ...entry, id, position: i };
  });
}
