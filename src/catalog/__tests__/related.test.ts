import { expect, test } from 'vitest';
import { articleLinks } from '../related.ts';

const article = (id: string, day: number, themes: string[]) => ({
  id,
  data: { title: id, pubDate: new Date(Date.UTC(2026, 0, day)), themes },
});
const a = article('a', 1, ['m2', 'macro']);
const b = article('b', 2, ['m2']);
const c = article('c', 3, ['m2', 'macro']);
const d = article('d', 4, ['ai']);
const links = articleLinks([d, c, b, a]);

test('previous and next follow the date order within the first theme', () => {
  expect(links.get('b')).toMatchObject({ previous: a, next: c });
  expect(links.get('a')?.previous).toBeUndefined();
  expect(links.get('a')?.next).toBe(b);
  expect(links.get('c')?.next).toBeUndefined();
});

test('related articles share themes, the most shared first, never the article itself', () => {
  expect(links.get('a')?.related.map((x) => x.id)).toEqual(['c', 'b']);
  expect(links.get('d')?.related).toEqual([]);
});

test('ties go to the newest article', () => {
  expect(links.get('b')?.related.map((x) => x.id)).toEqual(['c', 'a']);
});
