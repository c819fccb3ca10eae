import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { ConversionInputs } from '../src/lib/conversion-inputs.ts';
import { simulatorPageSchema, type SimulatorPage } from '../src/schemas/simulator-page.ts';
import { simulatorStrings } from '../src/strings/simulator.ts';

// The tests run from the project root (npm scripts, vitest's root); jsdom tests have no file URL to go by.
const root = `${process.cwd()}/`;

/**
 * The frontmatter of content/simulator.mdx, checked and with defaults filled in as the build does,
 * with the controls' wording beside it as the page hands both to the island.
 */
export function simulatorPage(): SimulatorPage & { interface: typeof simulatorStrings } {
  const text = readFileSync(`${root}content/simulator.mdx`, 'utf8');
  const frontmatter = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return { ...simulatorPageSchema.parse(yaml.load(frontmatter)), interface: simulatorStrings };
}

export interface PresetContent {
  id: string;
  name: string;
  inputs: ConversionInputs;
}

export function simulatorPresets(): PresetContent[] {
  return yaml.load(readFileSync(`${root}content/simulator-presets.yaml`, 'utf8')) as PresetContent[];
}
