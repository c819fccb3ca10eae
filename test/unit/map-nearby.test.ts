import { describe, expect, it } from 'vitest';
import type { MapBusiness } from '../../src/lib/map-model.ts';
import { nearestBusinesses, regionAt } from '../../src/lib/map-nearby.ts';

const reason = { text: 'x' };
const business = (id: string, ...points: [number, number][]): MapBusiness => ({
  id,
  name: id,
  label: id,
  answer: 'client',
  reason: 'r',
  verdicts: [],
  lesson: { href: '/', title: 't' },
  placements: points.map(([tailoring, relationship]) => ({
    tailoring,
    relationship,
    reasons: { tailoring: reason, relationship: reason },
  })),
});

describe('nearestBusinesses', () => {
  const businesses = [
    business('law', [90, 90]),
    business('shop', [5, 5]),
    business('gym', [15, 40]),
    business('saas', [15, 30], [70, 75]),
    business('hotel', [20, 15]),
  ];

  it('names the three businesses closest to the point, nearest first', () => {
    expect(nearestBusinesses({ tailoring: 10, relationship: 10 }, businesses).map((n) => n.business.id)).toEqual(['shop', 'hotel', 'saas']);
  });

  it('counts a business drawn once per article once, at its nearer point', () => {
    const near = nearestBusinesses({ tailoring: 72, relationship: 76 }, businesses);
    expect(near.map((n) => n.business.id)).toEqual(['saas', 'law', 'gym']);
    expect(near[0].distance).toBeCloseTo(Math.hypot(2, 1));
  });

  it('breaks ties by name, so the list never jumps about', () => {
    const twins = [business('b', [50, 60]), business('a', [50, 40])];
    expect(nearestBusinesses({ tailoring: 50, relationship: 50 }, twins, 2).map((n) => n.business.id)).toEqual(['a', 'b']);
  });
});

describe('regionAt', () => {
  const regions = (['client', 'customer', 'one-off-job', 'standard-lasting'] as const).map((id) => ({ id, name: id }));

  it("sorts a point into the test's region, 50 answering yes", () => {
    expect(regionAt(regions, { tailoring: 50, relationship: 50 })?.id).toBe('client');
    expect(regionAt(regions, { tailoring: 49, relationship: 49 })?.id).toBe('customer');
    expect(regionAt(regions, { tailoring: 90, relationship: 10 })?.id).toBe('one-off-job');
    expect(regionAt(regions, { tailoring: 10, relationship: 90 })?.id).toBe('standard-lasting');
  });
});
