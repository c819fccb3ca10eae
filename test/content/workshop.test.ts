import { describe, expect, it } from 'vitest';
import { buildSiteWith, root } from './build-site.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { workshopGuideSchema } from '../../src/schemas/workshop.ts';
import { worksheetSchema } from '../../src/schemas/worksheet.ts';
import { totalMinutes } from '../../src/lib/session-plan.ts';

const load = (file: string) => yaml.load(readFileSync(`${root}content/${file}`, 'utf8'));
const guide = workshopGuideSchema.parse(load('workshop.yaml'));
const worksheet = worksheetSchema.parse(load('worksheet.yaml'));

describe('the session plans', () => {
  it('offer a 45-minute and a 90-minute session whose steps add up exactly', () => {
    const sums = guide.plans.map((p) => [p.minutes, totalMinutes(p.steps)]);
    expect(sums).toEqual([[45, 45], [90, 90]]);
  });

  it('give every step something to show', () => {
    for (const step of guide.plans.flatMap((p) => p.steps)) expect(step.show.length).toBeGreaterThan(0);
  });

  it('use each part of the worksheet in the long session', () => {
    const parts = guide.plans.find((p) => p.minutes === 90)!.steps.map((s) => s.worksheet).filter(Boolean);
    expect(parts).toEqual(['classify', 'compare', 'convert']);
  });

  it('refuse a plan whose steps do not add up to its length, saying by how much', () => {
    const broken = structuredClone(load('workshop.yaml')) as { plans: { steps: { minutes: number }[] }[] };
    broken.plans[0].steps[0].minutes += 3;
    const result = workshopGuideSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('the steps add up to 48 minutes, but the plan says 45');
    expect(result.error?.issues[0].path).toEqual(['plans', 0, 'steps']);
  });

  it('refuse a link in a format no page understands, listing the formats that work', () => {
    const broken = structuredClone(load('workshop.yaml')) as { plans: { steps: { show: { path: string }[] }[] }[] };
    broken.plans[0].steps[0].show[0].path = '/simulator/?rocket=shop';
    const result = workshopGuideSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/"\/simulator\/\?rocket=shop" is not a link.*\/simulator\/\?preset=<scenario>/);
  });
});

describe('the worksheet', () => {
  it('has three businesses with one of each answer, so the key teaches all three', () => {
    expect(worksheet.classify.businesses.map((b) => b.answer).sort()).toEqual(['both', 'client', 'customer']);
  });

  it('fills in exactly one comparison row as the worked example', () => {
    expect(worksheet.compare.rows.filter((r) => r.example)).toHaveLength(1);
  });

  it('refuses more comparison rows than fit on one page', () => {
    const broken = structuredClone(load('worksheet.yaml')) as { compare: { rows: unknown[] } };
    broken.compare.rows.push(...broken.compare.rows);
    expect(worksheetSchema.safeParse(broken).error?.issues[0].message).toMatch(/will not fit on one page/);
  });
});

describe('a guide link to a lesson section that does not exist', () => {
  it('stops the build, naming content/workshop.yaml and the section', async () => {
    const { ok, output } = await buildSiteWith('test/fixtures/workshop-dead-link');
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/workshop\.yaml/);
    expect(output).toMatch(/lesson "definitions" has no section "#a-section-renamed-long-ago"/);
  });
});
