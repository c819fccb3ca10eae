import { getCollection } from 'astro:content';
import type { WorkedExample } from '../lib/worked-example.ts';

/** content/worked-examples.yaml by id, and how its sums of money are written (the simulator page's locale and currency). */
export const workedExamples = (async () => {
  const [entries, pages] = await Promise.all([getCollection('workedExamples'), getCollection('simulatorPage')]);
  const page = pages[0]?.data;
  const locale = page?.locale ?? 'en-GB';
  const money = { style: 'currency', currency: page?.currency ?? 'GBP', maximumFractionDigits: 0 } as const;
  const examples = new Map(entries.map((e) => [e.id, { ...e.data, id: e.id } as WorkedExample]));
  return { examples, locale, money, format: new Intl.NumberFormat(locale, money).format };
})();

/** The example called `id`, or a build error naming the file and the place that asked for it. */
export async function workedExample(id: string | undefined, where: string): Promise<WorkedExample> {
  const { examples } = await workedExamples;
  const example = id === undefined ? undefined : examples.get(id);
  if (!example) {
    throw new Error(`${where}: content/worked-examples.yaml has no example "${id ?? ''}". Use one of: ${[...examples.keys()].join(', ')}.`);
  }
  return example;
}
