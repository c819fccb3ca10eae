// What a first visit to a page downloads, read from the built files: the HTML, its stylesheets
// and the JavaScript it runs without any interaction (module scripts, their static imports, and
// the island components and renderers Astro hydrates). On-demand files are reported apart.
// `css` is what the first paint waits for; `cssLater` is linked in the body.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = { raw: 0, gzip: 0 };

export function firstLoadBytes(dist, pagePath, base = '/') {
  const file = join(dist, pagePath.slice(base.length), 'index.html');
  const html = readFileSync(file, 'utf8');
  const local = (url) => (url.startsWith(base) ? join(dist, url.slice(base.length)) : null);

  // Stylesheets in the head hold back the first paint; those linked in the body, beside the figure
  // that needs them, load later and hold back only what follows them; print styles never hold it back.
  let css = zero;
  let cssLater = zero;
  const linked = new Set();
  const bodyStart = html.search(/<body[\s>]/);
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const path = local(match[0].match(/href="([^"]+)"/)?.[1] ?? '');
    if (!path || !existsSync(path) || linked.has(path)) continue;
    linked.add(path);
    if ((bodyStart >= 0 && match.index > bodyStart) || /media="print"/.test(match[0]))
      cssLater = add(cssLater, sizes(readFileSync(path, 'utf8')));
    else css = add(css, sizes(readFileSync(path, 'utf8')));
  }
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizes(body));

  const seen = new Set();
  let js = zero;
  const visit = (path) => {
    if (!path || seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    js = add(js, sizes(code));
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{},\s$]+from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g)) {
      visit(join(path, '..', spec));
    }
  };
  const entries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ];
  for (const src of entries) visit(local(src));
  for (const [, body] of html.matchAll(/<script(?![^>]+src=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (body.trim() && !/type="application\/(ld\+)?json"/.test(body)) js = add(js, sizes(body));
  }
  return { html: sizes(html), css, cssLater, js };
}
