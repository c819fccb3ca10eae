import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { explainBusiness, pickBusinesses } from '../../src/lib/sort-businesses.ts';
import type { GradedBusiness } from '../../src/lib/grade-business.ts';

type SortItem = GradedBusiness<{ source: string; says: 'client' | 'customer' | 'both' }> & { id: string };
import { figureStrings } from '../../src/strings/figures.ts';

const lawFirm: SortItem & { reason: string } = {
  id: 'law-firm',
  answer: 'client',
  reason: 'Expert advice for each case.',
  verdicts: [
    { source: 'BoldDesk', says: 'client' },
    { source: 'LiveChat', says: 'client' },
  ],
};
// As content/examples.yaml has it: one article says client, another says the bank has both.
const bank: SortItem & { reason: string } = {
  id: 'bank',
  answer: 'depends',
  reason: 'Everyday banking has customers; private banking has clients.',
  disagreement: 'One guide means a private bank, the other a whole bank.',
  verdicts: [
    { source: 'Small-business guide', says: 'client' },
    { source: 'Ecommerce guide', says: 'both' },
  ],
};
describe('explainBusiness', () => {
  const words = figureStrings.sortBusinesses;
  it('puts the disagreement first, then our answer and reason, then each article in its own words', () => {
    const e = explainBusiness(bank, words);
    expect(e.disputed).toBe(`${words.disputed} ${bank.disagreement}`);
    expect(e.answer).toBe(`Our answer: it depends. ${bank.reason}`);
    expect(e.verdicts).toEqual(['Small-business guide says clients.', 'Ecommerce guide says both.']);
  });

  it('has no disagreement line where the articles agree', () => {
    expect(explainBusiness(lawFirm, words).disputed).toBeNull();
  });
});

describe('pickBusinesses', () => {
  const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('keeps the order the lesson asks for, trims spaces and drops repeats', () => {
    expect(pickBusinesses(all, ' c, a ,c', ['b']).picked.map((e) => e.id)).toEqual(['c', 'a']);
  });
  it('falls back to the defaults when no focus is given', () => {
    expect(pickBusinesses(all, undefined, ['b', 'a']).picked.map((e) => e.id)).toEqual(['b', 'a']);
    expect(pickBusinesses(all, '  ', ['b']).picked.map((e) => e.id)).toEqual(['b']);
  });
  it('names ids that match no business, so the build can stop', () => {
    expect(pickBusinesses(all, 'a,zebra', []).unknown).toEqual(['zebra']);
  });
  it('default businesses all exist in content/examples.yaml', () => {
    const examples = yaml.load(readFileSync('content/examples.yaml', 'utf8')) as { id: string }[];
    expect(pickBusinesses(examples, undefined, figureStrings.sortBusinesses.defaults).unknown).toEqual([]);
  });
});
