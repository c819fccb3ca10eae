// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { solidIslands } from './src/integrations/solid-islands/index.mjs';
import { clientUse } from './src/integrations/solid-islands/client-use.mjs';
import { completeSite } from './src/integrations/complete-site.mjs';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { headingLinks } from './src/integrations/markdown/heading-links.ts';
import { remarkCitations } from './src/integrations/markdown/remark-citations.ts';
import { rehypeBaseLinks } from './src/integrations/markdown/rehype-base-links.ts';
import { rehypeGlossaryLinks } from './src/integrations/markdown/rehype-glossary-links.ts';
import { inlineScriptHashes } from './src/server/inline-scripts.ts';
import { movedLessons } from './src/lib/moved-lessons.ts';

// The deployed origin and sub-folder are one setting each, overridable per host. Astro needs an
// origin even when none is set; pages that print an address ask SITE_URL_SET and print the page's
// path instead of that placeholder, so a printed page never shows a made-up domain.
const siteUrl = process.env.SITE_URL || undefined;
const site = siteUrl ?? 'https://client-or-customer.example';
const base = process.env.BASE_PATH ?? '/';

/** Says once per build that SITE_URL is unset, so printed pages and link previews lack the real address. */
/** @returns {import('astro').AstroIntegration} */
function siteUrlNotice() {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrl)
          logger.warn(
            'SITE_URL is unset: printed pages show page paths instead of full addresses, and canonical links and link previews use a placeholder origin. Set SITE_URL=https://your.domain when building for deployment.',
          );
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content tests build broken fixtures; a cache of their own keeps them from touching the site's.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  // The old addresses of lessons that moved only send readers on, so search engines need not list them.
  integrations: [
    mdx(),
    solidIslands(),
    clientUse(),
    sitemap({
      filter: (page) => !page.includes('/embed/') && !Object.keys(movedLessons).some((id) => page.endsWith(`/lessons/${id}/`)),
    }),
    completeSite({ siteUrl: siteUrl && new URL(base, siteUrl).href, base }),
    siteUrlNotice(),
  ],
  security: {
    // A strict policy as a <meta> tag on every page: only this site's own files and scripts Astro
    // has hashed may run. Pagefind compiles WebAssembly and searches in a worker, hence those two.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      // Style attributes (a progress bar's width, a chart's colour) cannot run code; stylesheets stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Each page's stylesheets travel inside its HTML: a first visit paints as soon as the page arrives,
  // with no round trip for CSS first (styles a figure needs are linked beside it, see LessonFigure.astro).
  build: { inlineStylesheets: 'always' },
  // On-demand modules are emitted as ES modules (see src/browser/load-search-ui.ts).
  vite: {
    worker: { format: 'es' },
    build: { sourcemap: !!process.env.SOURCEMAP },
    define: { 'import.meta.env.SITE_URL_SET': JSON.stringify(siteUrl !== undefined) },
  },
  markdown: {
    // No code blocks to colour, and Shiki's inline styles would need a weaker style policy.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkCitations],
      rehypePlugins: [rehypeHeadingIds, headingLinks, rehypeGlossaryLinks, [rehypeBaseLinks, { base }]],
    }),
  },
});
