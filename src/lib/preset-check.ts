/** Messages naming the presets file for every preset that cites a source that does not exist. */
export function presetSourceProblems(
  presets: readonly { id: string; sources: readonly string[] }[],
  sourceIds: Iterable<string>,
): string[] {
  const known = new Set(sourceIds);
  return presets.flatMap((p) =>
    p.sources.filter((s) => !known.has(s)).map((s) => `content/simulator-presets.yaml: "${p.id}" cites unknown source "${s}"`),
  );
}
