import { visit } from 'unist-util-visit';

/**
 * Lessons link to other pages root-relatively ("/lessons/x/"); this prefixes the configured
 * base path so the same content works when the site is hosted in a sub-folder.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: unknown) => {
    if (!prefix) return;
    visit(tree as any, 'element', (node: any) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        if (href !== prefix && !href.startsWith(`${prefix}/`)) node.properties.href = prefix + href;
      }
    });
  };
}
