/**
 * Turns what Pagefind returns for a page into what a search result shows: its type, title, the
 * section that matched best and an excerpt with the matched words marked. Pure, so the choices
 * can be tested without an index or a page.
 */

/** The kinds of page search can show only, in the order their chips appear. */
export const PAGE_TYPES = ['Lesson', 'Tool', 'Glossary', 'Example', 'Source'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** A matched word's position in a page and how much its place (title, heading, body) weighs. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page: one per heading with an id, plus the part before the first heading. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}

/** The parts of Pagefind's page data a result uses. */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  url: string;
  type: PageType | null;
  title: string;
  /** The heading of the section that matched best, when it is not the page itself. */
  section: string | null;
  excerpt: ExcerptPart[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/**
 * Splits Pagefind's excerpt ("… the <mark>sales</mark> cycle …") into plain and marked runs, so
 * the page can show it as text nodes and never parses the index's text as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      // Text left out of the index (a citation mark, a hidden label) leaves a space before the
      // punctuation that followed it: "bought . A" reads as "bought. A".
      const text = decode(piece.replace(/<[^>]*>/g, '')).replace(/\s+(?=[.,;:!?)])/g, '');
      // Pagefind marks a word with the punctuation after it ("value."): only the word is marked.
      const [, word = text, after = ''] = marked ? (text.match(/^(.*?)([^\p{L}\p{N}]*)$/su) ?? []) : [];
      if (word) push(word, marked);
      if (after) push(after, false);
    }
  }
  return parts;
}

const score = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
const matchedWords = (sub: SubResult) =>
  new Set((sub.excerpt.match(/<mark>([^<]*)<\/mark>/g) ?? []).map((m) => m.slice(6, -7).toLowerCase())).size;

/**
 * The section to open: the one that matched the most different query words, then the one whose
 * matches weigh most (a word in a heading weighs more than one in the body), then the earliest.
 * A section that matched "sales" and "cycle" beats one that said "sales" six times.
 */
export function bestSubResult(subResults: readonly SubResult[]): SubResult | null {
  let best: SubResult | null = null;
  for (const sub of subResults) {
    if (!best) best = sub;
    else {
      const words = matchedWords(sub) - matchedWords(best);
      if (words > 0 || (words === 0 && score(sub) > score(best))) best = sub;
    }
  }
  return best;
}

/** The page's type from its `type` filter; null for pages that are in no type (the home page). */
export function pageTypeOf(filters: Record<string, string[]> | undefined): PageType | null {
  const value = filters?.type?.[0];
  return (PAGE_TYPES as readonly string[]).includes(value ?? '') ? (value as PageType) : null;
}

/** Everything one result shows, from the page data Pagefind loaded for it. */
export function resultView(page: PageData): ResultView {
  const title = page.meta.title?.trim() || page.url;
  const sub = bestSubResult(page.sub_results ?? []);
  // The page's own section is named by the page title already.
  const isPage = !sub || sub.title.trim() === title || !sub.url.includes('#');
  return {
    url: sub?.url ?? page.url,
    type: pageTypeOf(page.filters),
    title,
    section: isPage ? null : sub.title.trim(),
    excerpt: excerptParts(sub?.excerpt || page.excerpt),
  };
}
