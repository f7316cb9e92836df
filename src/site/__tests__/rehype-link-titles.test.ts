import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { rehypeLinkTitles, shortAddress, urlKey } from '../markdown/rehype-link-titles';

const TITLES = new Map([[urlKey('https://fred.stlouisfed.org/series/M2SL')!, 'M2 (M2SL)']]);

/** Markdown as an article writes it, through GFM (autolinks, footnotes) and the plugin. */
const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeLinkTitles, { titles: () => TITLES })
      .use(rehypeStringify)
      .processSync(markdown),
  );

test("a bare address in a footnote shows its source's title and keeps the address as the target", () => {
  const html = render('M2 rose.[^m2]\n\n[^m2]: Board of Governors, https://fred.stlouisfed.org/series/M2SL/.\n');
  expect(html).toContain('<a href="https://fred.stlouisfed.org/series/M2SL/">M2 (M2SL)</a>');
  expect(html).not.toContain('>https://');
});

test('an address no source has shows its site and a short path', () => {
  const html = render('[^a]\n\n[^a]: Read in https://github.com/YoussefKh200/Slow-Turtle-Research/blob/main/data/%5EGSPC.csv.\n');
  expect(html).toContain('>github.com/YoussefKh200/…</a>');
});

test('a www. autolink is matched like the address it stands for', () => {
  expect(render('See www.fred.stlouisfed.org/series/M2SL today.')).toContain('<a href="http://www.fred.stlouisfed.org/series/M2SL">M2 (M2SL)</a>');
});

test('links with words of their own, internal links and footnote references are left alone', () => {
  const markdown = 'The [FRED page](https://fred.stlouisfed.org/series/M2SL), [/data/](/data/) and a note.[^n]\n\n[^n]: Note.\n';
  const html = render(markdown);
  expect(html).toContain('>FRED page</a>');
  expect(html).toContain('<a href="/data/">/data/</a>');
  expect(html).toMatch(/<a href="#user-content-fn-n"[^>]*>1<\/a>/);
});

test('short addresses keep the host and the whole path segments that fit in 40 characters', () => {
  expect(shortAddress('https://www.arxiv.org/abs/2302.06590')).toBe('arxiv.org/abs/2302.06590');
  expect(shortAddress('https://fred.stlouisfed.org/graph/fredgraph.csv?id=M2SL')).toBe('fred.stlouisfed.org/graph/fredgraph.csv?…');
  expect(shortAddress('https://example.org/')).toBe('example.org');
  const long = shortAddress(`https://example.org/${'a'.repeat(60)}`);
  expect(long).toBe('example.org/…');
});
