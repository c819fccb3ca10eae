import type { ContentRule } from '../content-index.ts';
import { FILES, type Problem } from '../problem.ts';

/**
 * The map places only businesses that exist, and every one of them; its views and reasons cite
 * sources that exist; its contrasts and quiz axes name businesses, sources and questions that
 * exist.
 */
export const mapReferences: ContentRule = ({ map, examples, sources, quiz }) => {
  if (!map) return [];
  const businesses = new Set(examples.map((e) => e.id));
  const sourceIds = new Set(sources);
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  for (const b of map.placements) {
    if (!businesses.has(b.id)) add(FILES.map, b.id, `"${b.id}" is not a business in ${FILES.examples}`);
    b.placements.forEach((p, i) => {
      if (p.view !== undefined && !sourceIds.has(p.view)) add(FILES.map, `${b.id}.placements[${i}].view`, `unknown source "${p.view}"`);
      for (const axis of ['tailoring', 'relationship'] as const) {
        const source = p[axis].source;
        if (source !== undefined && !sourceIds.has(source))
          add(FILES.map, `${b.id}.placements[${i}].${axis}.source`, `unknown source "${source}"`);
      }
    });
  }
  const placed = new Set(map.placements.map((b) => b.id));
  for (const id of businesses) if (!placed.has(id)) add(FILES.map, id, `"${id}" from ${FILES.examples} has no place on the map`);

  map.contrasts.forEach((c, i) => {
    for (const id of c.between) if (!businesses.has(id)) add(FILES.mapPage, `contrasts[${i}].between`, `unknown business "${id}"`);
    for (const id of c.sources) if (!sourceIds.has(id)) add(FILES.mapPage, `contrasts[${i}].sources`, `unknown source "${id}"`);
  });
  const questions = new Set(quiz?.questions.map((q) => q.id) ?? []);
  for (const axis of ['tailoring', 'relationship'] as const) {
    for (const id of map.quizAxes[axis]) if (!questions.has(id)) add(FILES.mapPage, `quizAxes.${axis}`, `unknown quiz question "${id}"`);
  }
  return problems;
};
