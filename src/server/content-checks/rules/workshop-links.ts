import { readCompareUrl } from '../../../lib/compare-url.ts';
import { decodeScenario } from '../../../lib/scenario-url.ts';
import { LINK_FORMATS, parseWorkshopPath } from '../../../lib/workshop-links.ts';
import type { ContentIndex, ContentRule } from '../content-index.ts';
import { FILES, type Problem } from '../problem.ts';

/**
 * What is wrong with one link a trainer will open in front of a room, or undefined. The tool
 * links go through the pages' own readers (the table's filter, the simulator's scenario), so a
 * link passes here exactly when the page would open it without a "this link was damaged" notice.
 */
function deadLink(path: string, index: ContentIndex): string | undefined {
  const target = parseWorkshopPath(path);
  if (!target) return `"${path}" is not a link format the guide knows; use one of: ${LINK_FORMATS.join(', ')}`;
  const query = path.slice(path.indexOf('?'));
  switch (target.kind) {
    case 'lesson-section': {
      const lesson = index.lessons.find((l) => l.id === target.lesson);
      if (!lesson) return `"${path}" points to unknown lesson "${target.lesson}"`;
      if (!lesson.headings.includes(target.section)) return `"${path}": lesson "${target.lesson}" has no section "#${target.section}"`;
      return undefined;
    }
    case 'glossary':
      return index.glossary.some((t) => t.id === target.term) ? undefined : `"${path}" points to unknown glossary term "${target.term}"`;
    case 'examples':
      return !target.example || index.examples.some((e) => e.id === target.example)
        ? undefined
        : `"${path}" points to unknown example "${target.example}"`;
    case 'compare-row':
      return index.criteria.some((c) => c.id === target.criterion)
        ? undefined
        : `"${path}" points to unknown comparison row "${target.criterion}"`;
    case 'compare': {
      const { notices } = readCompareUrl(target.theme ? query : '', index.criteria);
      return notices.length === 0
        ? undefined
        : `"${path}": the comparison table would not read this filter (${notices.map((n) => n.kind).join(', ')})`;
    }
    case 'simulator': {
      if (!index.simulatorDefaults) return undefined;
      const presets = new Map(index.presets.map((p) => [p.id, p.inputs]));
      const { notices, rejected } = decodeScenario(query, index.simulatorDefaults, presets);
      if (notices.some((n) => n.kind === 'unknown-preset')) return `"${path}" points to unknown simulator scenario "${target.preset}"`;
      return notices.length + rejected.length === 0 ? undefined : `"${path}": the simulator would not read this scenario`;
    }
    default:
      return undefined;
  }
}

const check = (file: string, field: string, paths: readonly string[], index: ContentIndex): Problem[] =>
  [...new Set(paths)].flatMap((path) => {
    const message = deadLink(path, index);
    return message ? [{ file, field, message }] : [];
  });

/** Every link in the trainer's guide and on the worksheet opens what it promises. */
export const workshopLinks: ContentRule = (index) => [
  ...check(FILES.workshop, 'links', index.workshopLinks, index),
  ...check(FILES.worksheet, 'classify.businesses.check', index.worksheetLinks, index),
];
