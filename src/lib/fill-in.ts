/**
 * Fills `{name}` slots in content text with values, so wording stays in content files while
 * numbers come from code. An unknown slot is left as it is, so a typo shows up on the page
 * instead of vanishing.
 */
export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
