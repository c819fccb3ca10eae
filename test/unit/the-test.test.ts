import { describe, expect, it } from 'vitest';
import { answersYes, onTheLine, regionOf, TEST_THRESHOLD, verdictOf, verdictOfRegion } from '../../src/lib/the-test.ts';

describe('the two-question test', () => {
  it('sorts each pair of answers into its own region', () => {
    expect(regionOf({ tailoring: 90, relationship: 90 })).toBe('client');
    expect(regionOf({ tailoring: 10, relationship: 10 })).toBe('customer');
    expect(regionOf({ tailoring: 90, relationship: 10 })).toBe('one-off-job');
    expect(regionOf({ tailoring: 10, relationship: 90 })).toBe('standard-lasting');
  });

  it('counts a score on the threshold as yes and one just under as no', () => {
    expect(answersYes(TEST_THRESHOLD)).toBe(true);
    expect(answersYes(TEST_THRESHOLD - 0.5)).toBe(false);
    expect(regionOf({ tailoring: 50, relationship: 50 })).toBe('client');
    expect(regionOf({ tailoring: 49, relationship: 50 })).toBe('standard-lasting');
    expect(regionOf({ tailoring: 50, relationship: 49 })).toBe('one-off-job');
  });

  it('finds a point on a line when either score shows as exactly the threshold, and teaches "it depends" there', () => {
    expect(onTheLine({ tailoring: 50, relationship: 90 })).toBe(true);
    expect(onTheLine({ tailoring: 10, relationship: 50.4 })).toBe(true);
    expect(onTheLine({ tailoring: 51, relationship: 49 })).toBe(false);
    expect(verdictOf([{ tailoring: 50, relationship: 90 }])).toBe('depends');
    expect(verdictOf([{ tailoring: 51, relationship: 90 }])).toBe('client');
  });

  it('reads a broken score as the middle of its axis, never as NaN', () => {
    expect(answersYes(Number.NaN)).toBe(true);
    expect(regionOf({ tailoring: -20, relationship: 400 })).toBe('standard-lasting');
  });

  it('teaches client and customer only for yes or no to both questions', () => {
    expect(verdictOfRegion('client')).toBe('client');
    expect(verdictOfRegion('customer')).toBe('customer');
    expect(verdictOfRegion('one-off-job')).toBe('depends');
    expect(verdictOfRegion('standard-lasting')).toBe('depends');
  });

  it('says "it depends" for a business the articles place in two regions', () => {
    expect(verdictOf([{ tailoring: 80, relationship: 80 }])).toBe('client');
    expect(
      verdictOf([
        { tailoring: 80, relationship: 80 },
        { tailoring: 90, relationship: 60 },
      ]),
    ).toBe('client');
    expect(
      verdictOf([
        { tailoring: 10, relationship: 20 },
        { tailoring: 80, relationship: 70 },
      ]),
    ).toBe('depends');
  });
});
