/**
 * A dataset's notes as readers see them: Markdown (code spans, links, emphasis, lists) rendered with
 * the unified stack the site's content uses, raw HTML dropped. The first block is the summary every
 * reader sees; the rest is the technical provenance (which copy was read, at which commit, what was
 * checked and removed), which the dataset page folds away.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root } from 'mdast';

export interface RenderedNotes {
  /** HTML of the first block (a paragraph, usually): what the data is and its main caveat. */
  summary: string;
  /** HTML of every later block; empty when the notes are one block. */
  provenance: string;
}

// remark-rehype leaves raw HTML out by default, so notes can format text but never inject markup.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

function toHtml(children: Root['children']): string {
  if (children.length === 0) return '';
  return processor.stringify(processor.runSync({ type: 'root', children }));
}

export function renderNotes(markdown: string): RenderedNotes {
  const [first, ...rest] = processor.parse(markdown).children;
  return { summary: toHtml(first ? [first] : []), provenance: toHtml(rest) };
}
