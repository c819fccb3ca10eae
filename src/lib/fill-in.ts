/**
 * Fills `{name}` slots in content text with values, so wording stays in content files while
 * numbers come from code. An unknown slot is left as it is, so a typo shows up on the page
 * instead of vanishing.
 */
export function fillIn(text: string, values: object): string {
  const named = values as Readonly<Record<string, unknown>>;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in named ? String(named[name]) : slot));
}
