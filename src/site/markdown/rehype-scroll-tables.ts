/**
 * Wraps every Markdown table in a focusable, labelled scroll container, so a
 * wide table scrolls on its own on a phone instead of widening the page, and
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A region needs a unique name: "Table: Study, Year, Effect" from the header cells. */
function labelFor(table: Element): string {
  const headers: string[] = [];
  visit(table, 'element', (cell: Element) => {
    if (cell.tagName === 'th') headers.push(toString(cell).trim());
  });
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}

export function rehypeScrollTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll')) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: labelFor(node) },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
