import { describe, expect, it } from 'vitest';
import { createTermFinder } from '../../src/lib/term-matcher.ts';

const terms = [
  { id: 'customer', phrases: ['customer', 'customers'] },
  { id: 'lifetime-value', phrases: ['lifetime value', 'customer lifetime value', 'LTV'] },
  { id: 'b2b', phrases: ['B2B'] },
];

describe('createTermFinder', () => {
  it('finds only the first use of each term, across text pieces', () => {
    const find = createTermFinder(terms);
    expect(find('A customer buys. Another customer buys.')).toEqual([{ id: 'customer', start: 2, end: 10 }]);
    expect(find('Customers again.')).toEqual([]);
  });

  it('prefers the longest phrase and ignores case', () => {
    const find = createTermFinder(terms);
    expect(find('Customer Lifetime Value matters')).toEqual([{ id: 'lifetime-value', start: 0, end: 23 }]);
  });

  it('matches whole words only', () => {
    const find = createTermFinder(terms);
    expect(find('customerservice and B2B2C')).toEqual([]);
    expect(find('In B2B, yes.')).toEqual([{ id: 'b2b', start: 3, end: 6 }]);
  });

  it('finds nothing when there are no terms', () => {
    expect(createTermFinder([])('customer')).toEqual([]);
  });
});
