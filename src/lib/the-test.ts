/**
 * The site's one test of client versus customer: two questions, each answered by a score from 0
 * to 100 on one axis of the map. Yes to both is a client, no to both a customer, one of each is
 * in between. Every tool that sorts a business or a reader's point asks this module, so no two
 * of them can disagree. The wording lives in content/the-test.yaml.
 */

export type TestAxis = 'tailoring' | 'relationship';
export type RegionId = 'client' | 'customer' | 'one-off-job' | 'standard-lasting';
export type TestVerdict = 'client' | 'customer' | 'depends';

/** A point on the map: how tailored the offer is and how lasting the relationship is, 0 to 100. */
export interface TestPoint {
  tailoring: number;
  relationship: number;
}

/** A score of at least this much answers an axis's question "yes". */
export const TEST_THRESHOLD = 50;

const REGION_OF: Record<'yes' | 'no', Record<'yes' | 'no', RegionId>> = {
  yes: { yes: 'client', no: 'one-off-job' },
  no: { yes: 'standard-lasting', no: 'customer' },
};

const VERDICT_OF: Record<RegionId, TestVerdict> = {
  client: 'client',
  customer: 'customer',
  'one-off-job': 'depends',
  'standard-lasting': 'depends',
};

/** A score read safely: anything not a finite number counts as the middle of the axis. */
const clampScore = (n: number): number => (Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 50);

/** The answer a score gives to its axis's question. */
export const answersYes = (score: number, threshold = TEST_THRESHOLD): boolean => clampScore(score) >= threshold;

/**
 * A point on a line of the map: a score that shows as exactly the threshold answers its question
 * neither yes nor no (a reader who says "it varies" throughout lands here), so the business sits
 * between clients and customers whichever region the line's drawing puts it in.
 */
export const onTheLine = (point: TestPoint, threshold = TEST_THRESHOLD): boolean =>
  [point.tailoring, point.relationship].some((score) => Math.abs(clampScore(score) - threshold) < 0.5);

/** The region a point falls in (a point on a line goes with the region above or right of it). */
export function regionOf(point: TestPoint, threshold = TEST_THRESHOLD): RegionId {
  const t = answersYes(point.tailoring, threshold) ? 'yes' : 'no';
  const r = answersYes(point.relationship, threshold) ? 'yes' : 'no';
  return REGION_OF[t][r];
}

/** What the site teaches for a business in a region. */
export const verdictOfRegion = (region: RegionId): TestVerdict => VERDICT_OF[region];

/**
 * The verdict for a business drawn at one or more points (one per article where the articles
 * place it differently): the region's verdict when every point agrees, else "it depends".
 */
export function verdictOf(points: readonly TestPoint[], threshold = TEST_THRESHOLD): TestVerdict {
  const verdicts = new Set(points.map((p) => (onTheLine(p, threshold) ? 'depends' : verdictOfRegion(regionOf(p, threshold)))));
  return verdicts.size === 1 ? [...verdicts][0] : 'depends';
}
