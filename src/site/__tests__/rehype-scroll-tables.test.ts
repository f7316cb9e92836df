import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { rehypeScrollTables } from '../markdown/rehype-scroll-tables';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeScrollTables).use(rehypeStringify).processSync(html));

test('a table becomes a keyboard-scrollable region named by its headers', () => {
  expect(run('<table><thead><tr><th>Study</th><th>Effect</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table>')).toBe(
    '<section class="table-scroll" tabindex="0" aria-label="Table: Study, Effect"><table><thead><tr><th>Study</th><th>Effect</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr></tbody></table></section>',
  );
});

test('a table already in a scroll region is left as it is', () => {
  const wrapped = '<section class="table-scroll" tabindex="0" aria-label="Table"><table><tbody><tr><td>A</td></tr></tbody></table></section>';
  expect(run(wrapped)).toBe(wrapped);
});
