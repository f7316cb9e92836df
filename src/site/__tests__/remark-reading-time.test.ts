import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { remarkReadingTime } from '../markdown/remark-reading-time';

function minutes(mdx: string): unknown {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkReadingTime);
  const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
  processor.runSync(processor.parse(mdx), file as never);
  return file.data.astro?.frontmatter?.minutesRead;
}

test('counts prose words, not chart props or link URLs', () => {
  const prose = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
  const chart = `<Chart id="a" type="line" dataset="btc" x="date" y="close" title="${'long title '.repeat(200)}" />`;
  expect(minutes(`${prose}\n\n${chart}\n\nSee [the source](https://example.org/${'x'.repeat(50)}).`)).toBe(2);
});

test('a short text still takes a minute', () => {
  expect(minutes('Hello.')).toBe(1);
});
