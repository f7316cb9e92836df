import { expect, test } from 'vitest';
import { metaDescription } from '../text';

test('meta descriptions stop at a word within 160 characters', () => {
  const text = `${'word '.repeat(40)}end`;
  const description = metaDescription(text);
  expect(description.length).toBeLessThanOrEqual(160);
  expect(description.endsWith('word…')).toBe(true);
  expect(metaDescription('Short.')).toBe('Short.');
});
