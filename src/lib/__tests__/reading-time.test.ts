import { expect, test } from 'vitest';
import { readingMinutes } from '../reading-time';

test('counts prose words, not chart specs or URLs', () => {
  const prose = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
  const chart = `<Chart id="a" type="line" dataset="btc" x="date" y="close" title="${'long title '.repeat(200)}" />`;
  expect(readingMinutes(`${prose}\n\n${chart}\n\n[^1]: https://example.org/${'x'.repeat(50)}`)).toBe(2);
});

test('a short text still takes a minute', () => {
  expect(readingMinutes('Hello.')).toBe(1);
});
