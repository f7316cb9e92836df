/**
 * Authors link to site paths (`[the data](/data/us-m2-monthly/)`), which the content check resolves.
 * When the site is served under a path (`/pivot-point/`), those links get it here, once, for Markdown
 * and MDX alike.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../urls.ts';

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties?.[attribute];
        if (typeof value === 'string') node.properties[attribute] = withBase(value, options.base);
      }
    });
  };
}
