import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse, parseFragment, serialize } from 'parse5';
import { movedLessons } from '../../lib/moved-lessons.ts';

/**
 * Which built pages go into the SCORM package, and each page made to work from any folder of an
 * LMS's file host: every link and asset address relative, links to pages left out of the package
 * pointing at the public site (or plain text when the build does not know its address), and the
 * parts that need the public site (search, Share, offline copy) taken out.
 */

/** The course's first page; the site's home page is not in the package, so its links lead here. */
export const START_PAGE = 'lessons/index.html';

/** The package's pages as paths inside dist, in the order an LMS's table of contents would list them. */
export async function packagePages(dist) {
  const lessons = (await readdir(join(dist, 'lessons'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !(e.name in movedLessons))
    .map((e) => `lessons/${e.name}/index.html`)
    .sort();
  return [START_PAGE, ...lessons, 'quiz/check/index.html', 'glossary/index.html', 'examples/index.html', 'sources/index.html'];
}

// Attributes holding an address that the browser, an island or the heading face's script fetches or follows.
const URL_ATTRIBUTES = ['href', 'src', 'data-font', 'component-url', 'renderer-url', 'before-hydration-url'];

/** What needs the public site: its search index, Share's link and QR code, the offline copy, and what describes the public page. */
function leftOut(node) {
  if (['site-search', 'share-panel', 'search-highlight', 'offline-support'].includes(node.nodeName)) return true;
  // Buttons that open Share (a tool page's "QR code") would open nothing.
  if (attr(node, 'popovertarget') === 'share-panel') return true;
  if (node.nodeName === 'link') return ['canonical', 'sitemap'].includes(attr(node, 'rel'));
  if (node.nodeName === 'meta') return /^(og|twitter):/.test(attr(node, 'property') ?? attr(node, 'name') ?? '');
  return false;
}

// parse5's tree: elements have nodeName, attrs [{ name, value }] and childNodes.
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
function setAttr(node, name, value) {
  const found = node.attrs.find((a) => a.name === name);
  if (found) found.value = value;
  else node.attrs.push({ name, value });
}
const dropAttr = (node, name) => (node.attrs = node.attrs.filter((a) => a.name !== name));
const hasClass = (node, name) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.attrs) yield child;
    yield* elements(child.content ?? child);
  }
}
const first = (node, name) => [...elements(node)].find((e) => e.nodeName === name);
const remove = (node) => node.parentNode.childNodes.splice(node.parentNode.childNodes.indexOf(node), 1);

/**
 * Reads a root-relative address: an asset (kept, at its place in the package), a page in the
 * package, or something outside it.
 */
export function placeOf(address, pages, base = '/') {
  if (!address.startsWith(base) || address.startsWith('//')) return { kind: 'other' };
  const [, path, rest] = /^([^?#]*)(.*)$/.exec(`/${address.slice(base.length)}`);
  if (path.startsWith('/_astro/') || path === '/favicon.svg') return { kind: 'asset', file: path.slice(1), rest };
  const page = path === '/' ? START_PAGE : path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  return pages.includes(page) ? { kind: 'page', file: page, rest: path === '/' ? '' : rest } : { kind: 'outside', path, rest };
}

const relative = (from, to) => posix.relative(posix.dirname(from), to) || posix.basename(to);

/**
 * One page rewritten for the package. Returns its HTML and the assets it uses.
 * @param {string} html @param {string} page its path in the package @param {string[]} pages
 * @param {string | undefined} siteUrl the public site's origin and base, when the build knows it
 * @param {string} pageScript the package's script for pages, a path in the package
 * @param {string} base the site's base path
 */
export function packagePage(html, page, pages, siteUrl, pageScript, base) {
  // Without scripting, so what is inside <noscript> is read as markup and its links are rewritten too.
  const doc = parse(html, { scriptingEnabled: false });
  const assets = new Set();
  const rewrite = (address) => {
    const place = placeOf(address, pages, base);
    if (place.kind === 'asset') assets.add(place.file);
    if (place.kind === 'asset' || place.kind === 'page') return relative(page, place.file) + place.rest;
    if (place.kind === 'outside') return siteUrl ? new URL(place.path.slice(1) + place.rest, siteUrl).href : undefined;
    return address;
  };
  const outside = (node) => placeOf(attr(first(node, 'a') ?? { attrs: [] }, 'href') ?? '', pages, base).kind === 'outside';

  for (const element of [...elements(doc)]) {
    if (leftOut(element)) remove(element);
    // The menu lists what the course holds; the rest of the site is a link away in the footer.
    else if (hasClass(element, 'site-menu'))
      for (const item of element.childNodes.filter((n) => n.nodeName === 'li' && outside(n))) remove(item);
  }

  // An island draws its own markup again when it starts, so there an element may change, not be replaced.
  const inIslands = new Set([...elements(doc)].filter((e) => e.nodeName === 'astro-island').flatMap((island) => [...elements(island)]));

  for (const element of elements(doc)) {
    for (const attribute of URL_ATTRIBUTES) {
      const address = attr(element, attribute);
      if (address === undefined) continue;
      const next = rewrite(address);
      if (next !== undefined) {
        setAttr(element, attribute, next);
        // A page of the public site opens beside the course, so the LMS keeps its place.
        if (element.nodeName === 'a' && /^https?:/.test(next)) setAttr(element, 'target', '_blank');
      } else if (element.nodeName === 'a' && !inIslands.has(element)) {
        // A link the build has no address for keeps its words, as plain text.
        element.nodeName = element.tagName = 'span';
        element.attrs = [];
      } else dropAttr(element, attribute);
    }
    // Islands get their links as props; the same rule applies inside them.
    const props = element.nodeName === 'astro-island' ? attr(element, 'props') : undefined;
    if (props !== undefined)
      setAttr(
        element,
        'props',
        props.replace(/"(\/[^"]*)"/g, (_, address) => JSON.stringify(rewrite(address) ?? '')),
      );
  }

  const body = first(doc, 'body');
  const script = parseFragment(`<script type="module" src="${relative(page, pageScript)}"></script>`).childNodes[0];
  script.parentNode = body;
  body.childNodes.push(script);
  return { html: serialize(doc), assets };
}
