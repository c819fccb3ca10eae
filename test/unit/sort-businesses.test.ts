import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { acceptedChoices, explainBusiness, judgeSort, pickBusinesses, sortScore, type SortItem } from '../../src/lib/sort-businesses.ts';
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
const saas: SortItem = {
  id: 'saas',
  answer: 'depends',
  disagreement: 'Self-serve plans against tailored service.',
  verdicts: [
    { source: 'LiveChat', says: 'customer' },
    { source: 'Ecommerce guide', says: 'client' },
  ],
};
// Serves both, and the one article that names it says so: no disagreement, so only "it depends".
const chain: SortItem = { id: 'retail-chain', answer: 'depends', verdicts: [{ source: 'LiveChat', says: 'both' }] };

describe('acceptedChoices', () => {
  it('accepts only the taught answer where the articles agree', () => {
    expect(acceptedChoices(lawFirm)).toEqual(['client']);
    expect(acceptedChoices(chain)).toEqual(['depends']);
  });

  it('where the articles disagree, accepts "it depends" and each article’s own verdict', () => {
    expect(acceptedChoices(saas)).toEqual(['client', 'customer', 'depends']);
    // "both" is the article saying it depends; nobody says customer, so customer stays wrong.
    expect(acceptedChoices(bank)).toEqual(['client', 'depends']);
  });

  it('treats verdicts that differ as a disagreement even without its explanation', () => {
    const split: SortItem = {
      id: 'x',
      answer: 'client',
      verdicts: [
        { source: 'A', says: 'client' },
        { source: 'B', says: 'customer' },
      ],
    };
    expect(acceptedChoices(split)).toEqual(['client', 'customer', 'depends']);
  });
});

describe('judgeSort', () => {
  it('says which articles agree with the reader', () => {
    expect(judgeSort(saas, 'customer')).toEqual({ right: true, agreeing: ['LiveChat'] });
    expect(judgeSort(lawFirm, 'customer')).toEqual({ right: false, agreeing: [] });
    expect(judgeSort(bank, 'depends')).toEqual({ right: true, agreeing: ['Ecommerce guide'] });
  });
});

describe('sortScore', () => {
  it('counts answered and right, ignoring businesses not yet sorted', () => {
    const items = [lawFirm, bank, saas].map((i) => ({ id: i.id, accepted: acceptedChoices(i) }));
    expect(sortScore(items, {})).toEqual({ answered: 0, right: 0, total: 3 });
    expect(sortScore(items, { 'law-firm': 'customer', bank: 'client' })).toEqual({ answered: 2, right: 1, total: 3 });
  });
});

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
