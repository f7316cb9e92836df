import { expect, test } from 'vitest';
import { apa, bibtex } from '../citation';

const page = {
  title: 'Does Bitcoin follow the money supply?',
  url: 'https://example.org/articles/bitcoin-and-the-money-supply/',
  published: new Date('2026-11-26T00:00:00Z'),
  accessed: new Date('2026-12-01T00:00:00Z'),
  siteName: 'Pivot Point',
  key: 'pivotpoint-bitcoin-and-the-money-supply',
};

test('APA names the site as author, the date, the title and when it was retrieved', () => {
  expect(apa(page)).toBe(
    'Pivot Point. (2026, November 26). Does Bitcoin follow the money supply?. Pivot Point. Retrieved December 1, 2026, from https://example.org/articles/bitcoin-and-the-money-supply/',
  );
});

test('BibTeX keeps the organisation as one name and escapes special characters', () => {
  expect(bibtex({ ...page, title: 'Tariffs, $TRUMP & markets' })).toBe(
    [
      '@online{pivotpoint-bitcoin-and-the-money-supply,',
      '  author = {{Pivot Point}},',
      '  title = {Tariffs, \\$TRUMP \\& markets},',
      '  year = {2026},',
      '  month = nov,',
      '  url = {https://example.org/articles/bitcoin-and-the-money-supply/},',
      '  urldate = {2026-12-01},',
      '}',
    ].join('\n'),
  );
});
