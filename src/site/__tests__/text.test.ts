import { expect, test } from 'vitest';
import { metaDescription, paragraphs } from '../text';

test('notes keep their paragraphs but not the line breaks YAML wrapped them at', () => {
  expect(paragraphs('First line\nwraps here.\n\nSecond\n  paragraph.\n')).toEqual(['First line wraps here.', 'Second paragraph.']);
});

test('meta descriptions stop at a word within 160 characters', () => {
  const text = `${'word '.repeat(40)}end`;
  const description = metaDescription(text);
  expect(description.length).toBeLessThanOrEqual(160);
  expect(description.endsWith('word…')).toBe(true);
  expect(metaDescription('Short.')).toBe('Short.');
});
