import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteWith, root } from './build-site.ts';

const buildWith = (fixture: string) => buildSiteWith(`test/fixtures/${fixture}`);

/** Builds the site from a copy of content/ with one file changed by `edit`. */
async function buildWithEdited(file: string, edit: (text: string) => string) {
  const content = join(mkdtempSync(join(tmpdir(), 'coc-content-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const original = readFileSync(join(content, file), 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(join(content, file), edited);
  return buildSiteWith(content);
}

describe('bad content stops the build', () => {
  it('names the lesson file and the field when a title is missing', async () => {
    const { ok, output } = await buildWith('missing-title');
    expect(ok).toBe(false);
    expect(output).toMatch(/untitled/);
    expect(output).toMatch(/title/);
  });

  it('names the lesson file and the id when a citation names an unknown source', async () => {
    const { ok, output } = await buildWith('unknown-source');
    expect(ok).toBe(false);
    expect(output).toMatch(/miscited\.mdx/);
    expect(output).toMatch(/no-such-article/);
  });

  it('names the checks file, the id and the lesson when a lesson places a question that does not exist', async () => {
    const { ok, output } = await buildWithEdited('lessons/consumers.mdx', (mdx) => `${mdx}\n<LessonCheck id="no-such-check" />\n`);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/lesson-checks\.yaml has no question with id "no-such-check", used in \/lessons\/consumers\//);
  });

  it('names the checks file, the question and the id when a question cites an unknown source', async () => {
    const { ok, output } = await buildWithEdited('lesson-checks.yaml', (yaml) => yaml.replace('sources: [ecommerce-guide]', 'sources: [no-such-article]'));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/lesson-checks\.yaml: "definitions-ring-or-groomer" cites unknown source "no-such-article"/);
  });

  it('names the criteria file and the field when a comparison row leaves one out', async () => {
    const { ok, output } = await buildWith('criterion-missing-field');
    expect(ok).toBe(false);
    expect(output).toMatch(/criteria\.yaml/);
    expect(output).toMatch(/customer/);
  });

  it('names the criteria file, the row and the id when a row cites an unknown source', async () => {
    const { ok, output } = await buildWith('criterion-unknown-source');
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/criteria\.yaml: "pricing" cites unknown source "no-such-article"/);
  });

  it('names the examples file and the field when a simulator example has an impossible value', async () => {
    const { ok, output } = await buildWith('bad-preset');
    expect(ok).toBe(false);
    expect(output).toMatch(/simulator-presets\.yaml/);
    expect(output).toMatch(/customerChurn/);
  });
});
