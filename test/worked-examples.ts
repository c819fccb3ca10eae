import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { workedExampleSchema } from '../src/schemas/worked-example.ts';
import { isConversion, type BuyerExample, type ConversionExample, type WorkedExample } from '../src/lib/worked-example.ts';

// The tests run from the project root (npm scripts, vitest's root); jsdom tests have no file URL to go by.
const root = `${process.cwd()}/`;

/** content/worked-examples.yaml, checked as the build does, by id. */
export function workedExamples(): Map<string, WorkedExample> {
  const entries = yaml.load(readFileSync(`${root}content/worked-examples.yaml`, 'utf8')) as unknown[];
  return new Map(entries.map((e) => workedExampleSchema.parse(e) as WorkedExample).map((e) => [e.id, e]));
}

export function buyerExample(id: string): BuyerExample {
  const e = workedExamples().get(id);
  if (!e || isConversion(e)) throw new Error(`content/worked-examples.yaml has no buyer "${id}"`);
  return e;
}

export function conversionExample(id: string): ConversionExample {
  const e = workedExamples().get(id);
  if (!e || !isConversion(e)) throw new Error(`content/worked-examples.yaml has no conversion "${id}"`);
  return e;
}
