import { describe, expect, it } from 'vitest';
import {
  VERDICTS,
  acceptedAnswers,
  articlesBacking,
  articlesDisagree,
  isAccepted,
  judge,
  tally,
  verdictOfArticle,
  type GradedBusiness,
} from '../../src/lib/grade-business.ts';

type Named = GradedBusiness<{ source: string; says: 'client' | 'customer' | 'both' }> & { id: string };

const lawFirm: Named = {
  id: 'law-firm',
  answer: 'client',
  verdicts: [
    { source: 'BoldDesk', says: 'client' },
    { source: 'LiveChat', says: 'client' },
  ],
};
// As content/examples.yaml has it: one article says client, another says the bank has both.
const bank: Named = {
  id: 'bank',
  answer: 'depends',
  disagreement: 'One guide means a private bank, the other a whole bank.',
  verdicts: [
    { source: 'Small-business guide', says: 'client' },
    { source: 'Ecommerce guide', says: 'both' },
  ],
};
const saas: Named = {
  id: 'saas',
  answer: 'depends',
  disagreement: 'Self-serve plans against tailored service.',
  verdicts: [
    { source: 'LiveChat', says: 'customer' },
    { source: 'Ecommerce guide', says: 'client' },
  ],
};
// Serves both, and the one article that names it says so: no disagreement, so only "it depends".
const chain: Named = { id: 'retail-chain', answer: 'depends', verdicts: [{ source: 'LiveChat', says: 'both' }] };

describe('what counts as right', () => {
  it('offers the three answers in one order everywhere', () => {
    expect(VERDICTS).toEqual(['client', 'customer', 'depends']);
    expect(verdictOfArticle('both')).toBe('depends');
    expect(verdictOfArticle('customer')).toBe('customer');
  });

  it('accepts only the answer we teach where the articles agree', () => {
    expect(acceptedAnswers(lawFirm)).toEqual(['client']);
    expect(acceptedAnswers(chain)).toEqual(['depends']);
    expect(judge(lawFirm, 'depends')).toBe('wrong');
    expect(articlesDisagree(chain)).toBe(false);
  });

  it('where the articles disagree, accepts "it depends" and each article’s own verdict', () => {
    expect(acceptedAnswers(saas)).toEqual(['client', 'customer', 'depends']);
    // "both" is the article saying it depends; nobody says customer, so customer stays wrong.
    expect(acceptedAnswers(bank)).toEqual(['client', 'depends']);
    expect(judge(bank, 'client')).toBe('one-source');
    expect(judge(bank, 'customer')).toBe('wrong');
    expect(judge(saas, 'depends')).toBe('taught');
  });

  it('treats verdicts that differ as a disagreement even without its explanation', () => {
    const split: Named = {
      id: 'x',
      answer: 'client',
      verdicts: [
        { source: 'A', says: 'client' },
        { source: 'B', says: 'customer' },
      ],
    };
    expect(articlesDisagree(split)).toBe(true);
    expect(acceptedAnswers(split)).toEqual(['client', 'customer', 'depends']);
    expect(judge(split, 'customer')).toBe('one-source');
  });

  it('accepts "it depends" where the content notes a disagreement the verdicts do not show', () => {
    const noted: Named = { id: 'x', answer: 'client', disagreement: 'One article hedges.', verdicts: [{ source: 'A', says: 'client' }] };
    expect(judge(noted, 'depends')).toBe('depends');
    expect(judge(noted, 'customer')).toBe('wrong');
  });

  it('accepts an article’s own verdict even where it differs from the answer we teach', () => {
    // We teach "client"; one article says customer. A reader who sides with it has read it right.
    const gym: Named = {
      id: 'gym',
      answer: 'client',
      disagreement: 'Personal training against a membership.',
      verdicts: [
        { source: 'A', says: 'client' },
        { source: 'B', says: 'customer' },
      ],
    };
    expect(isAccepted(gym, 'customer')).toBe(true);
    expect(articlesBacking(gym, 'customer').map((v) => v.source)).toEqual(['B']);
  });

  it('names the articles that back a choice, "both" backing "it depends"', () => {
    expect(articlesBacking(saas, 'customer').map((v) => v.source)).toEqual(['LiveChat']);
    expect(articlesBacking(lawFirm, 'customer')).toEqual([]);
    expect(articlesBacking(bank, 'depends').map((v) => v.source)).toEqual(['Ecommerce guide']);
  });
});

describe('tally', () => {
  it('counts answered and right, and lists the missed, counting skipped ones as missed', () => {
    const items = [lawFirm, bank, saas];
    expect(tally(items, {}, acceptedAnswers)).toEqual({ answered: 0, right: 0, total: 3, missed: items });
    expect(tally(items, { 'law-firm': 'customer', bank: 'client' }, acceptedAnswers)).toEqual({
      answered: 2,
      right: 1,
      total: 3,
      missed: [lawFirm, saas],
    });
  });

  it('marks by ready-made accepted answers the same way', () => {
    const marked = [lawFirm, bank, saas].map((b) => ({ id: b.id, accepted: acceptedAnswers(b) }));
    const responses = { 'law-firm': 'depends', bank: 'depends', saas: 'customer' } as const;
    expect(tally(marked, responses, (m) => m.accepted).right).toBe(tally([lawFirm, bank, saas], responses, acceptedAnswers).right);
  });
});
