import { getCollection, render } from 'astro:content';
import { siteContent } from './content.ts';
import type { PresetView } from '../components/islands/simulator/types.ts';
import { href } from './href.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { simulatorStrings } from '../strings/simulator.ts';

/**
 * The simulator's wording, examples and method text. Missing or inconsistent content stops
 * the build with the file named, rather than shipping a simulator with holes in it.
 */
export async function simulatorContent() {
  // siteContent has checked each example's sources (content-checks/rules/preset-sources.ts).
  const [pages, presets, sources] = await Promise.all([
    getCollection('simulatorPage'),
    getCollection('simulatorPresets'),
    getCollection('sources'),
    siteContent,
  ]);
  const page = pages[0];
  if (!page) throw new Error('content/simulator.mdx is missing or empty: the simulator page takes all its wording from it.');
  const sourceNames = new Map(sources.map((s) => [s.id, s.data.publisher ?? s.data.title]));
  const basedOn = simulatorStrings.basedOn;
  const presetViews: PresetView[] = presets.map(({ data }) => {
    const sources = data.sources.map((id) => ({ name: sourceNames.get(id) ?? id, href: href(`/sources/#${id}`) }));
    const lesson = data.lesson && { label: data.lesson.label, href: href(data.lesson.href) };
    return {
      id: data.id,
      name: data.name,
      description: data.description,
      sources,
      lesson,
      inputs: data.inputs,
      about: aboutHtml(data.name, data.description, basedOn, sources, lesson),
    };
  });
  const { Content } = await render(page);
  return { page: page.data, presets: presetViews, Content };
}

type Link = { name: string; href: string };
const link = (l: Link) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.name)}</a>`;

/**
 * What an example is about and where it comes from, as markup made here at build time: the
 * island only swaps it in, which costs every visit less script than building it in the browser.
 */
function aboutHtml(name: string, description: string, basedOn: string, sources: Link[], lesson?: { label: string; href: string }): string {
  const lessonLink = lesson ? ` · ${link({ name: lesson.label, href: lesson.href })}` : '';
  return (
    `<p><strong>${escapeHtml(name)}.</strong> ${escapeHtml(description)}</p>` +
    `<p class="sim-example-meta">${escapeHtml(basedOn)}: ${sources.map(link).join(', ')}${lessonLink}</p>`
  );
}
