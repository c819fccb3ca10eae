/**
 * Copies text; false when the browser refuses (no clipboard API, no permission, insecure page),
 * so each caller can offer the text to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
