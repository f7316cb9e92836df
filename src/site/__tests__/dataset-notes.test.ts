import { expect, test } from 'vitest';
import { renderNotes } from '../dataset-notes';

const NOTES = `Source status: read in a copy of the series in
\`data/M2SL.csv\`, see [FRED](https://fred.stlouisfed.org/series/M2SL), *revised* monthly.

Read at commit 02759683bf1546aee000eb3280ed8afbe240e9ef, from https://github.com/o/r.

Where each number was read:
- 2019: a report;
- 2020: <b>another</b>.
`;

test('the first block is the summary, with its code spans, links and emphasis rendered, not shown as Markdown', () => {
  const { summary } = renderNotes(NOTES);
  expect(summary).toContain('<code>data/M2SL.csv</code>');
  expect(summary).toContain('<a href="https://fred.stlouisfed.org/series/M2SL">FRED</a>');
  expect(summary).toContain('<em>revised</em>');
  expect(summary).not.toContain('`');
  expect(summary).not.toContain('commit');
});

test('the later blocks are the technical provenance: paragraphs, lists and bare addresses as links', () => {
  const { provenance } = renderNotes(NOTES);
  expect(provenance).toMatch(/^<p>Read at commit 02759683/);
  expect(provenance).toContain('<a href="https://github.com/o/r">https://github.com/o/r</a>');
  expect(provenance).toContain('<li>2019: a report;</li>');
});

test('notes cannot inject markup, and one paragraph has no provenance to fold', () => {
  expect(renderNotes(NOTES).provenance).not.toContain('<b>');
  expect(renderNotes('Only one paragraph.')).toEqual({ summary: '<p>Only one paragraph.</p>', provenance: '' });
});
