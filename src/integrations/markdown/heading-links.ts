import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { toString } from 'hast-util-to-string';

/**
 * Section links for h2/h3: a visible "#" after each heading that screen readers hear as
 * "Link to section: …". A small script turns a click into "copy link".
 */
export const headingLinks: [typeof rehypeAutolinkHeadings, Options] = [
  rehypeAutolinkHeadings,
  {
    behavior: 'after',
    test: ['h2', 'h3'],
    group: { type: 'element', tagName: 'div', properties: { className: ['heading-wrap'] }, children: [] },
    properties: { className: ['heading-anchor'], 'data-copy-link': '', 'data-pagefind-ignore': '' },
    content: (heading: any) => [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
      },
    ],
  },
];
