// How heavy the built search index is, page by page, and how it is cut into chunks.
// Pagefind cuts its word index into chunks of "locations" (for each word on each page: its
// positions, its changes of weight, plus one); a query downloads only the chunks its words fall
// in, so the largest chunk, not the whole index, is what a reader pays for each word searched.
// The cut is set in src/integrations/search-index.mjs. A figure, not a timed test:
//   node test/bench/search-index-weight.mjs [dist]
import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_CHUNK_LOCATIONS } from '../../src/integrations/search-index.mjs';

export { INDEX_CHUNK_LOCATIONS };

/** The small part of CBOR Pagefind writes: integers, strings, arrays and maps, definite lengths. */
function decodeCbor(bytes) {
  let at = 0;
  const length = (info) => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`search index: unexpected CBOR length code ${info}`);
    let value = 0;
    for (let k = 0; k < size; k++) value = value * 256 + bytes[at++];
    return value;
  };
  const item = () => {
    const head = bytes[at++];
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info >= 20 && info <= 22) return [false, true, null][info - 20];
      throw new Error(`search index: unexpected CBOR simple value ${info}`);
    }
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, (at += n));
      return major === 3 ? slice.toString('utf8') : slice;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return new Map(Array.from({ length: n }, () => [item(), item()]));
    return item(); // a tag: the value it wraps
  };
  return item();
}

/** A Pagefind file: gzip around a "pagefind_dcd" signature and the payload. */
function readPagefindFile(file) {
  const raw = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  if (raw.toString('utf8', 0, signature.length) !== signature) throw new Error(`search index: ${file} is not a Pagefind file`);
  return raw.subarray(signature.length);
}

/** A page-word entry's locations, as Pagefind counts them when it fills a chunk. */
const entryLocations = (entry) => entry[1].length + (entry[2]?.length ?? 0) + 1;

/**
 * The built index of one language: its chunks (word range, file, gzipped bytes, locations, and
 * the locations of the word that closed it) and every page's share of the locations, heaviest
 * first, with the text search indexed for it.
 * @param {string} dist
 * @returns {{
 *   language: string,
 *   chunks: { from: string, to: string, file: string, gzip: number, locations: number, lastWord: number }[],
 *   locations: number,
 *   largestGzip: number,
 *   pages: { url: string, text: string, locations: number, words: number }[],
 * }}
 */
export function searchIndexWeight(dist) {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const [language, { hash }] = Object.entries(entry.languages)[0];
  const [, pages, chunks] = decodeCbor(readPagefindFile(join(dir, `pagefind.${hash}.pf_meta`)));
  const perPage = pages.map(([pageHash]) => {
    const file = join(dir, 'fragment', `${pageHash}.pf_fragment`);
    const fragment = existsSync(file) ? JSON.parse(readPagefindFile(file).toString('utf8')) : { url: pageHash, content: '' };
    return { url: fragment.url, text: fragment.content, locations: 0, words: 0 };
  });
  /** One word's locations, each credited to the page it is on. */
  const wordLocations = ([, wordPages, variants = []]) => {
    let sum = variants.length;
    for (const list of [wordPages, ...variants.map((v) => v[1])]) {
      let page = 0; // each list stores its page numbers as gaps from the one before
      for (const e of list) {
        page += e[0];
        perPage[page].locations += entryLocations(e);
        perPage[page].words += 1;
        sum += entryLocations(e);
      }
    }
    return sum;
  };
  const chunkFigures = chunks.map(([from, to, chunkHash]) => {
    const file = join(dir, 'index', `${chunkHash}.pf_index`);
    const [words] = decodeCbor(readPagefindFile(file));
    const perWord = words.map(wordLocations);
    return {
      from,
      to,
      file: `index/${chunkHash}.pf_index`,
      gzip: readFileSync(file).length,
      locations: perWord.reduce((sum, n) => sum + n, 0),
      lastWord: perWord.at(-1) ?? 0,
    };
  });
  return {
    language,
    chunks: chunkFigures,
    locations: chunkFigures.reduce((sum, c) => sum + c.locations, 0),
    largestGzip: Math.max(...chunkFigures.map((c) => c.gzip)),
    pages: perPage.sort((a, b) => b.locations - a.locations),
  };
}

const count = (n) => n.toLocaleString('en-GB');

/** One line for the bench: how big the index is and how it is cut. */
export const indexWeightLine = ({ chunks, locations, largestGzip }) =>
  `Search index ${count(locations)} locations in ${chunks.length} chunk${chunks.length === 1 ? '' : 's'} cut at ${count(INDEX_CHUNK_LOCATIONS)} ` +
  `(${chunks.map((c) => (c.gzip / 1024).toFixed(1)).join(' + ')} KB gzip; each word searched fetches one, at most ${(largestGzip / 1024).toFixed(1)} KB)`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = searchIndexWeight(process.argv[2] ?? new URL('../../dist/', import.meta.url).pathname);
  console.log(indexWeightLine(weight));
  for (const c of weight.chunks) console.log(`  chunk "${c.from}"–"${c.to}": ${c.locations} locations, ${c.gzip} B gzip`);
  console.log('\nlocations  words  page');
  for (const p of weight.pages) console.log(`${String(p.locations).padStart(9)}  ${String(p.words).padStart(5)}  ${p.url}`);
}
