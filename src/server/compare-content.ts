import type { CriterionView } from '../components/islands/compare/criterion-view.ts';
import { siteContent } from './content.ts';
import { href } from './href.ts';

/** The comparison table's rows as the island and the row embeds show them: sources and lesson resolved to links. */
export const compareViews = (async (): Promise<CriterionView[]> => {
  const { criteria, sources, lessons, headings } = await siteContent;
  const sourceLinks = new Map(sources.map((s) => [s.id, { id: s.id, name: s.data.short, href: href(`/sources/#${s.id}`) }]));
  const lessonTitles = new Map(lessons.map((l) => [l.id, l.data.title]));

  function lessonLink(target: string | undefined): CriterionView['lesson'] {
    if (!target) return undefined;
    const [id, slug] = target.split('#');
    const heading = headings.get(id)?.find((h) => h.slug === slug);
    return { href: href(`/lessons/${id}/#${slug}`), title: `${lessonTitles.get(id)} › ${heading?.text ?? slug}` };
  }

  return criteria.map(({ data: c }) => ({
    id: c.id,
    theme: c.theme,
    label: c.label,
    client: c.client,
    customer: c.customer,
    consumer: c.consumer,
    explanation: c.explanation,
    example: c.example,
    differ: c.differ,
    keywords: c.keywords,
    sources: c.sources.map((id) => sourceLinks.get(id)!),
    lesson: lessonLink(c.lesson),
  }));
})();
