import { regionOf, verdictOf } from '../../../lib/the-test.ts';
import type { ContentRule } from '../content-index.ts';
import { FILES } from '../problem.ts';

/**
 * The answer we teach for each example business is the one the test gives its places on the
 * map: a business all of whose points fall in one region takes that region's verdict, and one
 * drawn in different regions "depends". Otherwise the knowledge check and the map would teach
 * two answers for one business.
 */
export const taughtAnswerAgrees: ContentRule = ({ examples, map }) => {
  if (!map) return [];
  const placed = new Map(map.placements.map((p) => [p.id, p.placements]));
  return examples.flatMap((e) => {
    const points = placed.get(e.id)?.map((p) => ({ tailoring: p.tailoring.score, relationship: p.relationship.score }));
    if (!points?.length) return [];
    const verdict = verdictOf(points);
    if (verdict === e.answer) return [];
    const where = points.map((p) => `${p.tailoring}/${p.relationship} (${regionOf(p)})`).join(', ');
    return [
      {
        file: FILES.examples,
        field: `${e.id}.answer`,
        message: `teaches "${e.answer}", but its place on the map, tailoring/relationship ${where} in ${FILES.map}, gives "${verdict}"; change the answer, or the scores`,
      },
    ];
  });
};
