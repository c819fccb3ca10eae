import { describe, expect, it } from 'vitest';
import { buildSiteWith, root } from './build-site.ts';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the site from a copy of content/ whose quiz.yaml has been changed by `edit`. */
async function buildWithQuiz(edit: (yaml: string) => string) {
  const out = mkdtempSync(join(tmpdir(), 'coc-quiz-'));
  const content = join(out, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const original = readFileSync(join(content, 'quiz.yaml'), 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(join(content, 'quiz.yaml'), edited);
  return buildSiteWith(content);
}

describe('a broken quiz stops the build', () => {
  it('names quiz.yaml and the rule when a question has no "it varies" answer', async () => {
    const { ok, output } = await buildWithQuiz((yaml) =>
      yaml.replace(/\n {8}- text: Both\. Some of what I sell[^\n]*\n {10}lean: both\n {10}weight: 2/, ''),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/quiz\.yaml/);
    expect(output).toMatch(/classify\.questions\.0\.answers/);
    expect(output).toMatch(/"both \/ it varies" answer/);
  });

  it('names quiz.yaml and the heading when a lesson link points at a section that does not exist', async () => {
    const { ok, output } = await buildWithQuiz((yaml) => yaml.replace('section: the-test', 'section: the-tests'));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/quiz\.yaml: question "offering" links to "#the-tests"/);
  });
});
