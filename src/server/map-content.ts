import { getCollection, getEntry } from 'astro:content';
import { drawMap } from '../lib/map-drawing.ts';
import { mapPageStrings as ps } from '../strings/map-page.ts';
import type { MapBusiness, MapLink, MapModel, MapReason, QuizMapModel } from '../lib/map-model.ts';
import { siteContent } from './content.ts';
import { href } from './href.ts';
import { theTest } from './the-test.ts';

/**
 * The client–customer map, resolved into the plain model the islands take. Its references are
 * checked with the rest of the content, in siteContent.
 */
export const mapContent = (async (): Promise<
  MapModel & { page: string; title: string; description: string; question: string; lede: string; ourModel: string }
> => {
  // siteContent has checked the map against everything it points into (content-checks/).
  const [{ examples, sources, lessons }, placements, pageEntry, test] = await Promise.all([
    siteContent,
    getCollection('mapPlacements'),
    getEntry('mapPage', 'map'),
    theTest,
  ]);
  if (!pageEntry) throw new Error('content/map-page.yaml is missing or empty: the map needs it.');
  const page = pageEntry.data;
  const source = (id: string): MapLink => ({ href: href(`/sources/#${id}`), title: sources.find((s) => s.id === id)!.data.short });
  const lesson = (id: string): MapLink => ({ href: href(`/lessons/${id}/`), title: lessons.find((l) => l.id === id)!.data.title });
  const reason = (r: { reason: string; source?: string }): MapReason =>
    r.source ? { text: r.reason, source: source(r.source) } : { text: r.reason };
  const placed = new Map(placements.map((p) => [p.data.id, p.data]));

  // In the order of content/examples.yaml, so the table and the list read like the examples page.
  const businesses: MapBusiness[] = examples.map(({ data: e }) => {
    const p = placed.get(e.id)!;
    return {
      id: e.id,
      name: e.name,
      label: p.label,
      answer: e.answer,
      reason: e.reason,
      ...(e.disagreement && { disagreement: e.disagreement }),
      verdicts: e.verdicts.map((v) => ({ source: source(v.source), says: v.says })),
      lesson: lesson(e.lesson),
      placements: p.placements.map((pl) => ({
        ...(pl.view && { view: source(pl.view).title }),
        tailoring: pl.tailoring.score,
        relationship: pl.relationship.score,
        reasons: { tailoring: reason(pl.tailoring), relationship: reason(pl.relationship) },
      })),
    };
  });

  return {
    title: page.title,
    description: page.description,
    question: page.question,
    lede: page.lede,
    ourModel: page.ourModel,
    axes: {
      tailoring: { ...test.questions.tailoring },
      relationship: { ...test.questions.relationship },
    },
    businesses,
    contrasts: page.contrasts.map((c) => ({ between: c.between, text: c.text, sources: c.sources.map(source) })),
    regions: test.regions.map((g) => ({
      id: g.id,
      name: g.name,
      text: g.text,
      verdict: g.verdict,
      tailoring: g.tailoring,
      relationship: g.relationship,
      lessons: g.lessons.map(lesson),
    })),
    quizAxes: page.quizAxes,
    page: href('/map/'),
  };
})();

/** The map as the quiz result draws it: the small figure's drawing, each business's points, and which questions move which axis. */
export const quizMap = mapContent.then(({ quizAxes, businesses, regions, axes, page }): QuizMapModel => {
  const d = drawMap({
    businesses,
    regions,
    width: 320,
    labels: false,
    legend: [
      { mark: 'client', text: ps.legend.client },
      { mark: 'customer', text: ps.legend.customer },
      { mark: 'depends', text: ps.legend.depends },
      { mark: 'you', text: ps.you },
    ],
  });
  const r = (n: number) => Math.round(n * 10) / 10;
  const verdictOf = new Map(regions.map((g) => [g.id, g.verdict]));
  return {
    quizAxes,
    page,
    regions: regions.map(({ id, name }) => ({ id, name })),
    businesses: businesses.map((b) => ({
      label: b.label,
      name: b.name,
      placements: b.placements.map(({ tailoring, relationship }) => ({ tailoring, relationship })),
    })),
    drawing: {
      frame: d.frame,
      mid: { x: r(d.mid.x), y: r(d.mid.y) },
      regions: d.regions.map((g) => ({
        id: g.id,
        verdict: verdictOf.get(g.id)!,
        x: r(g.x),
        y: r(g.y),
        width: r(g.width),
        height: r(g.height),
        name: { lines: g.name.lines, lineHeight: g.name.lineHeight, x: r(g.name.x), y: r(g.name.y), anchor: g.name.anchor },
      })),
      legend: d.legend.map((l) => ({ ...l, x: r(l.x), textX: r(l.textX) })),
      points: d.points.map((p) => ({ answer: p.answer, x: r(p.x), y: r(p.y) })),
      axes: {
        tailoring: { low: axes.tailoring.low, high: axes.tailoring.high },
        relationship: { low: axes.relationship.low, high: axes.relationship.high },
      },
    },
  };
});
