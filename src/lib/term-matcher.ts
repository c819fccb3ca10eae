export interface TermPattern {
  id: string;
  /** Phrases that count as the term, matched case-insensitively on word boundaries. */
  phrases: string[];
}

export interface TermHit {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a finder for the first use of each term in a stream of text pieces. Longer phrases
 * win over shorter ones ("customer lifetime value" before "customer"), and a term found once
 * is not found again: only a term's first use in a lesson becomes a glossary link.
 */
export function createTermFinder(terms: readonly TermPattern[]) {
  const byPhrase = new Map<string, string>();
  for (const t of terms) for (const p of t.phrases) if (!byPhrase.has(p.toLowerCase())) byPhrase.set(p.toLowerCase(), t.id);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const pattern = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu') : null;
  const used = new Set<string>();

  /** Hits in `text` for terms not used before, in order; marks them used. */
  return function findNew(text: string): TermHit[] {
    if (!pattern) return [];
    const hits: TermHit[] = [];
    for (const m of text.matchAll(pattern)) {
      const id = byPhrase.get(m[0].toLowerCase())!;
      if (used.has(id)) continue;
      used.add(id);
      hits.push({ id, start: m.index!, end: m.index! + m[0].length });
    }
    return hits;
  };
}
