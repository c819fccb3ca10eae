import { SITE_WIDE_PARAMS } from './query-params.ts';

/**
 * The tools another site may embed: each tool page and its chromeless view under /embed/.
 * `height` is the frame's height in pixels before the view reports its own, close to its first screen.
 */
export const EMBED_VIEWS = [
  { page: '/quiz/', embed: '/embed/quiz/', height: 640 },
  { page: '/quiz/check/', embed: '/embed/knowledge-check/', height: 640 },
  { page: '/simulator/', embed: '/embed/simulator/', height: 900 },
  { page: '/compare/', embed: '/embed/compare/', height: 900 },
  { page: '/map/', embed: '/embed/map/', height: 760 },
] as const;

export type EmbedView = (typeof EMBED_VIEWS)[number];

/** One row of the comparison table on its own: a static card, shorter than the whole table. */
export const ROW_EMBED_HEIGHT = 420;

/** The message an embedded view sends its host page whenever its height changes. */
export const HEIGHT_MESSAGE = 'client-or-customer:height';

/** Heights a host page accepts from a view; anything else is a stray or forged message. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 20000;

/** The tool page a site path (without the base) is, or is embedded from. */
export const embedViewFor = (path: string): EmbedView | undefined => EMBED_VIEWS.find((v) => v.page === path || v.embed === path);

/** The embed path of one comparison row. */
export const rowEmbedPath = (rowId: string): string => `/embed/compare/${rowId}/`;

/** A page's query without site-wide parameters: presentation mode or a workshop step belongs to the trainer, not the embed. */
function ownQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of SITE_WIDE_PARAMS) params.delete(name);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A hash as text; a broken %-escape reads as nothing rather than throwing. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

export interface EmbedTarget {
  /** Site path without the base, with the view's state as a query. */
  path: string;
  height: number;
  /** The comparison row embedded on its own, if one is. */
  row?: string;
}

/**
 * What to embed for a tool page as the reader sees it now: the same quiz answers, scenario,
 * filters or map selection. On the comparison table a row in the address (`#pricing`, or one
 * pinned row) embeds that row alone; `rows` are the ids a row link may name.
 */
export function embedTarget(path: string, search: string, hash: string, rows: ReadonlySet<string> = new Set()): EmbedTarget | undefined {
  const view = EMBED_VIEWS.find((v) => v.page === path);
  if (!view) return undefined;
  if (view.page === '/compare/') {
    const pins = (new URLSearchParams(search).get('pin') ?? '').split(',').filter((id) => rows.has(id));
    const named = decoded(hash.replace(/^#/, ''));
    const row = rows.has(named) ? named : pins.length === 1 ? pins[0] : undefined;
    if (row) return { path: rowEmbedPath(row), height: ROW_EMBED_HEIGHT, row };
  }
  return { path: `${view.embed}${ownQuery(search)}`, height: view.height };
}

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a reader pastes into their own page: the frame, and a few lines that set its height
 * from the view's messages. Only messages from the embed's origin, for a frame it drew, count.
 */
export function embedSnippet(src: URL, title: string, height: number): string {
  const frame = `<iframe src="${attribute(src.href)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const origin = JSON.stringify(src.origin).replace(/</g, '\\u003c');
  const resize =
    `<script>addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe"),i;` +
    `if(e.origin!==${origin}||!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>=${MIN_HEIGHT}&&d.height<=${MAX_HEIGHT}))return;` +
    `for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"})</script>`;
  return `${frame}\n${resize}`;
}
