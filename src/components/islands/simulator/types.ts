import type { ConversionInputs } from '../../../lib/conversion-inputs.ts';
import type { SimulatorPage } from '../../../schemas/simulator-page.ts';
import type { simulatorStrings } from '../../../strings/simulator.ts';

/** The page's wording the island needs: labels from content/simulator.mdx, controls' wording from src/strings. */
export type SimulatorText = Pick<SimulatorPage, 'groups' | 'metrics' | 'charts' | 'table' | 'illustrative' | 'locale' | 'currency'> & {
  interface: typeof simulatorStrings;
};

/** An example scenario, with its links already resolved against the site's base path. */
export interface PresetView {
  id: string;
  name: string;
  description: string;
  sources: { name: string; href: string }[];
  lesson?: { label: string; href: string };
  inputs: ConversionInputs;
  /** The example's description and source links, as markup built from content at build time. */
  about: string;
}

/** What the island needs of an example: the rest is already in the page's HTML. */
export type PresetChoice = Pick<PresetView, 'id' | 'name' | 'inputs' | 'about'>;
