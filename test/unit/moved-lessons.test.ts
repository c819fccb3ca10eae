import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { movedLessons, movedTarget } from '../../src/lib/moved-lessons.ts';

const lessons = new URL('../../content/lessons/', import.meta.url);
const headingSlugs = (lesson: string) => {
  const slugger = new GithubSlugger();
  return [...readFileSync(new URL(`${lesson}.mdx`, lessons), 'utf8').matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]));
};

describe('moved lessons', () => {
  const journeys = movedLessons.journeys;

  it('send an old section anchor to the section that now teaches it', () => {
    expect(movedTarget(journeys, '#consideration')).toBe('/lessons/winning/#why-the-client-sales-cycle-is-longer');
    expect(movedTarget(journeys, 'consideration')).toBe('/lessons/winning/#why-the-client-sales-cycle-is-longer');
  });

  it('send no anchor, or one that never existed, to the page that holds the lesson now', () => {
    expect(movedTarget(journeys, '')).toBe('/lessons/winning/');
    expect(movedTarget(journeys, '#nope')).toBe('/lessons/winning/');
    expect(movedTarget(journeys, '#constructor')).toBe('/lessons/winning/');
  });

  it('are gone from the lessons, and every place they point to exists', () => {
    for (const [id, moved] of Object.entries(movedLessons)) {
      expect(existsSync(new URL(`${id}.mdx`, lessons)), id).toBe(false);
      for (const target of [moved.to, ...Object.values(moved.sections)]) {
        const [, lesson, section] = target.match(/^\/lessons\/([a-z-]+)\/(?:#(.+))?$/) ?? [];
        if (!lesson) continue;
        expect(existsSync(new URL(`${lesson}.mdx`, lessons)), target).toBe(true);
        if (section) expect(headingSlugs(lesson), target).toContain(section);
      }
    }
  });
});
