import type { FilterableCriterion } from '../../../lib/criteria-filter.ts';

/** A source as a row shows it: a short name linking to the sources page. */
export interface SourceLink {
  id: string;
  name: string;
  href: string;
}

/** One comparison row, with every link already resolved against the base path. */
export interface CriterionView extends FilterableCriterion {
  explanation: string;
  example: string;
  sources: SourceLink[];
  /** The lesson section that explains the row. */
  lesson?: { href: string; title: string };
}
