import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { exampleSchema } from '../../src/schemas/example.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { citedSourceIds } from '../../src/lib/sources.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const load = (file: string) => yaml.load(readFileSync(content + file, 'utf8')) as unknown[];
const lessonFiles = readdirSync(`${content}lessons`).filter((f) => f.endsWith('.mdx'));
const lessons = lessonFiles.map((f) => {
  const text = readFileSync(`${content}lessons/${f}`, 'utf8');
  const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { id: f.replace(/\.mdx$/, ''), data: lessonSchema.parse(yaml.load(front)), body };
});

describe('the curriculum', () => {
  it('has the nine lessons, numbered 1 to N without gaps', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    expect(lessons.map((l) => l.data.order).sort((a, b) => a - b)).toEqual(lessons.map((_, i) => i + 1));
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s cites its sources and ends with takeaways and a try-it link', (_id, l) => {
    expect(citedSourceIds(l.body).length).toBeGreaterThan(0);
    expect(l.data.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(l.data.tryIt?.href).toMatch(/^\/(quiz|compare|simulator)\//);
  });

  it('defines at least 20 glossary terms, each valid and used by the lessons it lists', () => {
    const terms = load('glossary.yaml').map((t) => glossaryTermSchema.parse(t));
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const term of terms) {
      for (const lessonId of term.lessons) {
        const body = lessons.find((l) => l.id === lessonId)?.body.toLowerCase() ?? '';
        const used = [term.term, ...term.aliases].some((p) => body.includes(p.toLowerCase()));
        expect(used, `${term.id} in ${lessonId}`).toBe(true);
      }
    }
  });

  it('lists at least 30 example businesses, each valid, with disagreements explained', () => {
    const examples = load('examples.yaml').map((e) => exampleSchema.parse(e));
    expect(examples.length).toBeGreaterThanOrEqual(30);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    const saas = examples.find((e) => e.id === 'saas');
    expect(saas?.answer).toBe('depends');
  });
});
