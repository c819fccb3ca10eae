import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files.mjs';

/**
 * Astro gives every page one policy listing the hash of every inline script and stylesheet on the
 * whole site. A page needs only the hashes of its own; the rest are some thirty random strings
 * that gzip cannot shrink, over a kilobyte on each page: enough to push a page's HTML past the
 * first round trip a connection can carry (about 14 KB). So each page keeps only its own.
 */

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const hashOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of the inline scripts and stylesheets in a page's HTML (their text is taken as written: neither is entity-decoded). */
export function inlineHashes(html) {
  const inline = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
      .filter(([, attributes]) => !/\bsrc=/.test(attributes))
      .map(([, , text]) => hashOf(text));
  return new Set([...inline('script'), ...inline('style')]);
}

/** A policy with only the hashes its page uses; every other source is kept as it was. */
export function policyForPage(policy, used) {
  return policy
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => !source.startsWith("'sha256-") || used.has(source))
        .join(' '),
    )
    .join(';');
}

/** Rewrites each built page's policy to list only its own hashes; returns how many pages changed. */
export async function keepOnlyPageHashes(dist) {
  let changed = 0;
  for await (const file of htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    const match = POLICY.exec(html);
    if (!match) continue;
    const policy = policyForPage(match[2], inlineHashes(html));
    if (policy === match[2]) continue;
    await writeFile(
      file,
      html.replace(POLICY, (_, open, _policy, close) => open + policy + close),
    );
    changed++;
  }
  return changed;
}
