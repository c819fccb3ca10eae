import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildSiteWith, root } from './build-site.ts';

type Yaml = Record<string, any>;
const read = (file: string) => yaml.load(readFileSync(join(root, 'content', file), 'utf8')) as Yaml;
const criteriaIds = (read('criteria.yaml') as unknown as { id: string }[]).map((c) => c.id);
const presetIds = (read('simulator-presets.yaml') as unknown as { id: string }[]).map((p) => p.id);

/** Builds from a copy of content/ with quiz.yaml and workshop.yaml changed by `edit`. */
function buildWith(edit: (files: { quiz: Yaml; workshop: Yaml }) => void) {
  const content = join(mkdtempSync(join(tmpdir(), 'coc-ids-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const files = { quiz: read('quiz.yaml'), workshop: read('workshop.yaml') };
  edit(files);
  writeFileSync(join(content, 'quiz.yaml'), yaml.dump(files.quiz));
  writeFileSync(join(content, 'workshop.yaml'), yaml.dump(files.workshop));
  return buildSiteWith(content);
}

describe('ids come from the content that defines them', () => {
  it('lets the quiz and the workshop link every comparison row and every simulator scenario', async () => {
    expect(criteriaIds).toEqual(expect.arrayContaining(['advocacy', 'onboarding', 'retention']));
    const { ok, output } = await buildWith(({ quiz, workshop }) => {
      quiz.classify.questions[0].compare = criteriaIds;
      for (const id of criteriaIds) quiz.classify.compareRows[id] ??= `Row ${id}`;
      const step = workshop.plans[0].steps[0];
      step.show = [...step.show, ...criteriaIds.map((id) => ({ label: `Row ${id}`, path: `/compare/#${id}` })), ...presetIds.map((id) => ({ label: `Scenario ${id}`, path: `/simulator/?preset=${id}` }))];
      quiz.classify.outcomes.hybrid.simulator.preset = presetIds.at(-1);
    });
    expect(output).toBe('');
    expect(ok).toBe(true);
  });
  // A row or scenario that does not exist: rules/quiz-links.ts and rules/workshop-links.ts, in cross-checks.test.ts.
});
