// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { headingLinks } from './src/markdown/heading-links.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links.ts';

// The deployed origin and sub-folder are one setting each, overridable per host.
const site = process.env.SITE_URL ?? 'https://client-or-customer.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content tests build broken fixtures; a cache of their own keeps them from touching the site's.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  integrations: [mdx(), solid(), sitemap()],
  // On-demand modules are emitted as ES modules (see src/scripts/load-search-ui.ts).
  vite: { worker: { format: 'es' } },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkCitations],
      rehypePlugins: [
        rehypeHeadingIds,
        headingLinks,
        rehypeGlossaryLinks,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
});
