import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { escapeHtml } from '../../lib/escape-html.ts';
import { scormStrings } from '../../strings/scorm.ts';
import { manifest } from './manifest.mjs';
import { PACKAGE_PATH, readableSize } from '../../lib/scorm-download.ts';
import { packagePage, packagePages, START_PAGE } from './package-pages.mjs';

const browserCode = fileURLToPath(new URL('../../browser/', import.meta.url));
const PAGE_SCRIPT = 'scorm/page.js';
const LAUNCH_SCRIPT = 'scorm/launch.js';

/** The two small scripts only the package carries: the launch page's link to the LMS, and each page's reports to it. */
async function packageScripts() {
  const result = await build({
    entryPoints: { launch: join(browserCode, 'scorm-launch.ts'), page: join(browserCode, 'scorm-page.ts') },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    outdir: 'scorm',
    logLevel: 'silent',
  });
  return Object.fromEntries(result.outputFiles.map((file) => [`scorm/${file.path.split('/').pop()}`, file.contents]));
}

/** The launch page: the course in a frame that fills it, so one LMS session spans every page. */
const launchPage = (pages) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(scormStrings.title)}</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<style>html,body{margin:0;height:100%}iframe{display:block;box-sizing:border-box;width:100%;height:100%;border:0}</style>
<script type="module" src="${LAUNCH_SCRIPT}"></script>
</head>
<body>
<iframe src="${START_PAGE}" title="${escapeHtml(scormStrings.frameTitle)}" data-pages="${escapeHtml(JSON.stringify(pages))}"></iframe>
</body>
</html>
`;

// Old chunks from earlier builds never reach dist, so the whole folder is what this build made.
async function assetFiles(dist) {
  return (await readdir(join(dist, '_astro'))).map((name) => `_astro/${name}`);
}

/** A script or stylesheet with its root-relative addresses of other assets made relative to itself. */
function relativeAsset(file, bytes, base) {
  if (!/\.(js|css)$/.test(file)) return bytes;
  const text = new TextDecoder().decode(bytes);
  const next = file.endsWith('.css')
    ? text.replaceAll(`url(${base}_astro/`, 'url(./')
    : // Modules fetched on demand are named by their root path; in the package they sit beside this one.
      text.replaceAll(new RegExp(`\`${base}_astro/([^\`]+)\``, 'g'), (_, name) => `new URL(\`./${name}\`,import.meta.url).href`);
  return new TextEncoder().encode(next);
}

/**
 * Writes the SCORM 1.2 package of the lessons and the knowledge check into dist.
 * @param {string} dist @param {string | undefined} siteUrl the public site's address with its base, when known
 * @param {string} base the site's base path
 * @returns {Promise<{ file: string, bytes: number, files: number }>}
 */
export async function writeScormPackage(dist, siteUrl, base) {
  const pages = await packagePages(dist);
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const encode = (text) => new TextEncoder().encode(text);
  const scripts = await packageScripts();

  for (const page of pages) {
    const { html } = packagePage(await readFile(join(dist, page), 'utf8'), page, pages, siteUrl, PAGE_SCRIPT, base);
    files[page] = encode(html);
  }
  for (const asset of [...(await assetFiles(dist)), 'favicon.svg'])
    files[asset] = relativeAsset(asset, await readFile(join(dist, asset)), base);
  Object.assign(files, scripts);
  files['index.html'] = encode(launchPage(pages));
  const listed = Object.keys(files).sort();
  files['imsmanifest.xml'] = encode(manifest({ title: scormStrings.title, item: scormStrings.item, files: listed }));

  // A fixed date keeps the zip the same from build to build when the course has not changed.
  const mtime = new Date('2020-01-01T00:00:00Z');
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 9 });
  const out = join(dist, PACKAGE_PATH);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zip);
  return { file: out, bytes: zip.length, files: Object.keys(files).length };
}

/** Fills the package's size into the workshop page's download link. */
export async function showPackageSize(dist, bytes) {
  const file = join(dist, 'workshop/index.html');
  const html = await readFile(file, 'utf8');
  await writeFile(
    file,
    html.replace(/ data-package-size="([^"]*)" hidden><\/span>/, (_, note) => `>${note.replace('{size}', readableSize(bytes))}</span>`),
  );
}
