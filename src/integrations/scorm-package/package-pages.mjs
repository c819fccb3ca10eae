import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { JSDOM } from 'jsdom';
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

// Attributes holding an address that the browser or an island fetches or follows.
const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url'];
// What needs the public site: its search index, Share's link and QR code, and the offline copy.
const LEFT_OUT =
  'site-search, share-panel, search-highlight, offline-support, link[rel=canonical], link[rel=sitemap], meta[property^="og:"], meta[name^="twitter:"]';

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
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const assets = new Set();
  const rewrite = (address) => {
    const place = placeOf(address, pages, base);
    if (place.kind === 'asset') assets.add(place.file);
    if (place.kind === 'asset' || place.kind === 'page') return relative(page, place.file) + place.rest;
    if (place.kind === 'outside') return siteUrl ? new URL(place.path.slice(1) + place.rest, siteUrl).href : undefined;
    return address;
  };

  for (const element of doc.querySelectorAll(LEFT_OUT)) element.remove();
  // The menu lists what the course holds; the rest of the site is a link away in the footer.
  for (const item of doc.querySelectorAll('.site-menu li'))
    if (placeOf(item.querySelector('a')?.getAttribute('href') ?? '', pages, base).kind === 'outside') item.remove();

  for (const attribute of URL_ATTRIBUTES)
    for (const element of doc.querySelectorAll(`[${attribute}]`)) {
      const address = element.getAttribute(attribute);
      const next = rewrite(address);
      if (next !== undefined) {
        element.setAttribute(attribute, next);
        // A page of the public site opens beside the course, so the LMS keeps its place.
        if (element.localName === 'a' && /^https?:/.test(next)) element.setAttribute('target', '_blank');
        // A link to a page of the site the build has no address for keeps its words, unlinked.
      } else if (element.localName === 'a') element.removeAttribute(attribute);
      else element.remove();
    }

  // Islands get their links as props; the same rule applies inside them.
  for (const island of doc.querySelectorAll('astro-island[props]')) {
    const props = island.getAttribute('props').replace(/"(\/[^"]*)"/g, (_, address) => {
      const next = rewrite(address);
      return next === undefined ? '""' : JSON.stringify(next);
    });
    island.setAttribute('props', props);
  }

  const script = doc.createElement('script');
  script.type = 'module';
  script.src = relative(page, pageScript);
  doc.body.append(script);
  return { html: dom.serialize(), assets };
}
