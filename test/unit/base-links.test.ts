import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/integrations/markdown/rehype-base-links.ts';

const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

describe('rehypeBaseLinks', () => {
  it('prefixes root-relative links with a sub-folder base, once', () => {
    const tree = { type: 'root', children: [link('/lessons/x/'), link('/coc/glossary/'), link('https://e.org/'), link('#a')] };
    rehypeBaseLinks({ base: '/coc/' })(tree);
    expect(tree.children.map((a) => a.properties.href)).toEqual(['/coc/lessons/x/', '/coc/glossary/', 'https://e.org/', '#a']);
  });

  it('changes nothing at the root base', () => {
    const tree = { type: 'root', children: [link('/lessons/x/')] };
    rehypeBaseLinks({ base: '/' })(tree);
    expect(tree.children[0].properties.href).toBe('/lessons/x/');
  });
});
