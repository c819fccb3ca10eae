/** Largest seed a round link may carry; keeps links short and well inside 32-bit maths. */
export const MAX_SEED = 999_999;

/**
 * Mulberry32: a tiny, fast PRNG whose whole state is one 32-bit number. The same seed gives the
 * same sequence in every browser, which is what lets a trainer hand a whole room the same round.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) that depends only on the items' order and the seed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A seed from a link: whole numbers 1 to MAX_SEED only; anything else is null. */
export function parseSeed(text: string | null | undefined): number | null {
  if (text == null || !/^[1-9][0-9]{0,5}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_SEED ? n : null;
}

/** A fresh seed from any source of randomness in [0, 1). */
export const newSeed = (random: () => number = Math.random): number => 1 + Math.floor(random() * MAX_SEED);
