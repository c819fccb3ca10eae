import type { ChosenAnswer } from './classify-business.ts';
import type { MapAxis, MapPoint } from './map-model.ts';

/** How many answers fed each axis: 0 means the axis sits at the middle for want of evidence. */
export interface QuizPosition extends MapPoint {
  answered: Record<MapAxis, number>;
}

/**
 * The reader's point on the client–customer map from their quiz answers. On each axis, the share
 * of the answers' weight that leans client, from 0 to 100; an "it varies" answer gives half its
 * weight to each side, as in the quiz's own scoring. `axes` names the questions (dimension ids)
 * that count towards each axis; other answers are ignored. An axis with no answers sits at 50.
 */
export function quizPosition(
  answers: readonly (ChosenAnswer | null | undefined)[],
  axes: Readonly<Record<MapAxis, readonly string[]>>,
): QuizPosition {
  const score = (axis: MapAxis) => {
    let client = 0;
    let total = 0;
    let answered = 0;
    for (const a of answers) {
      if (!a || !axes[axis].includes(a.dimension)) continue;
      const weight = Number.isFinite(a.weight) && a.weight > 0 ? a.weight : 0;
      if (weight === 0) continue;
      answered += 1;
      total += weight;
      client += a.lean === 'client' ? weight : a.lean === 'both' ? weight / 2 : 0;
    }
    return { value: total > 0 ? Math.round((client / total) * 100) : 50, answered };
  };
  const t = score('tailoring');
  const r = score('relationship');
  return { tailoring: t.value, relationship: r.value, answered: { tailoring: t.answered, relationship: r.answered } };
}
