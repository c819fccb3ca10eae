import { getCollection, render } from 'astro:content';
import { presetSourceProblems } from '../lib/preset-check.ts';
import type { PresetView } from '../components/islands/simulator/types.ts';
import { href } from './href.ts';

/**
 * The simulator's wording, examples and method text. Missing or inconsistent content stops
 * the build with the file named, rather than shipping a simulator with holes in it.
 */
export async function simulatorContent() {
  const [pages, presets, sources] = await Promise.all([
    getCollection('simulatorPage'),
    getCollection('simulatorPresets'),
    getCollection('sources'),
  ]);
  const page = pages[0];
  if (!page) throw new Error('content/simulator.mdx is missing or empty: the simulator page takes all its wording from it.');
  const problems = presetSourceProblems(presets.map((p) => p.data), sources.map((s) => s.id));
  if (problems.length > 0) throw new Error(`Simulator examples refer to things that do not exist:\n  ${problems.join('\n  ')}`);

  const sourceNames = new Map(sources.map((s) => [s.id, s.data.publisher ?? s.data.title]));
  const presetViews: PresetView[] = presets.map(({ data }) => ({
    id: data.id,
    name: data.name,
    description: data.description,
    sources: data.sources.map((id) => ({ name: sourceNames.get(id) ?? id, href: href(`/sources/#${id}`) })),
    lesson: data.lesson && { label: data.lesson.label, href: href(data.lesson.href) },
    inputs: data.inputs,
  }));
  const { Content } = await render(page);
  return { page: page.data, presets: presetViews, Content };
}
